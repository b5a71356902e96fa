package org.dangjian.cadre.reserve;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ReserveMapper extends BaseMapper<Reserve> {
}
