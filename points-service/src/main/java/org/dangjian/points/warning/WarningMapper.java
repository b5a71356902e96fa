package org.dangjian.points.warning;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface WarningMapper extends BaseMapper<Warning> {
}
