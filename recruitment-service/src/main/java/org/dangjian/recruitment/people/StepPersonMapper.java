package org.dangjian.recruitment.people;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StepPersonMapper extends BaseMapper<StepPerson> {
}
