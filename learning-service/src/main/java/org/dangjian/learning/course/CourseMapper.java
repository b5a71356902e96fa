package org.dangjian.learning.course;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CourseMapper extends BaseMapper<Course> {
}
