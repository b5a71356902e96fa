package org.dangjian.recruitment.outcome;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CaseOutcomeMapper extends BaseMapper<CaseOutcome> {
}
