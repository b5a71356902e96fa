package org.dangjian.points.meeting;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface MeetingMapper extends BaseMapper<Meeting> {
}
