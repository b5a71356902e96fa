package org.dangjian.points.appraisal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface AppraisalMapper extends BaseMapper<Appraisal> {
}
