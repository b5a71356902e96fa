package org.dangjian.learning.media;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface MediaFileMapper extends BaseMapper<MediaFile> {
}
