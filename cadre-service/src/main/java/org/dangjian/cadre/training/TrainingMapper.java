package org.dangjian.cadre.training;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface TrainingMapper extends BaseMapper<Training> {
}
