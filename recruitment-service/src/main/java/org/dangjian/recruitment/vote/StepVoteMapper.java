package org.dangjian.recruitment.vote;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StepVoteMapper extends BaseMapper<StepVote> {
}
