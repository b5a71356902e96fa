package org.dangjian.learning.discussion;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface DiscussionPostMapper extends BaseMapper<DiscussionPost> {
}
