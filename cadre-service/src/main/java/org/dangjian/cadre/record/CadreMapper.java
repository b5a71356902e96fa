package org.dangjian.cadre.record;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface CadreMapper extends BaseMapper<Cadre> {
}
