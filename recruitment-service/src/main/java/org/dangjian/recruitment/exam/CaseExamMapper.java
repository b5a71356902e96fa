package org.dangjian.recruitment.exam;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CaseExamMapper extends BaseMapper<CaseExam> {
}
