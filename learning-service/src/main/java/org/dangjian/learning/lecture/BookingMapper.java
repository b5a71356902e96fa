package org.dangjian.learning.lecture;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BookingMapper extends BaseMapper<Booking> {
}
