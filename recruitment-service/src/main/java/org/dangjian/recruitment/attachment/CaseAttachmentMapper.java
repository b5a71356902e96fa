package org.dangjian.recruitment.attachment;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CaseAttachmentMapper extends BaseMapper<CaseAttachment> {
}
