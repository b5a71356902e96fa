package org.dangjian.points.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ActivityMapper extends BaseMapper<Activity> {
}
