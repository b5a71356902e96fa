package org.dangjian.cadre.quarter;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface QuarterTaskMapper extends BaseMapper<QuarterTask> {
}
