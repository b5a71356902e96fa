package org.dangjian.recruitment.change;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface StepChangeMapper extends BaseMapper<StepChange> {
}
