package org.dangjian.cadre.appointment;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AppointmentMapper extends BaseMapper<Appointment> {
}
