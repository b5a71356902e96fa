package org.dangjian.learning.exam;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ExamMapper extends BaseMapper<Exam> {
}
