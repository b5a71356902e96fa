package org.dangjian.recruitment.attachment;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** A file on a step of a case; never deleted, only taken off the step by an approved change ({@code removedByChange}). */
@Data
@TableName("case_attachment")
@OrgScoped
public class CaseAttachment {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long caseId;
    private String stepCode;
    private String orgPath;
    private String fileName;
    private String contentType;
    private Long sizeBytes;
    private String objectKey;
    private Long uploadedBy;
    private Instant uploadedAt;
    private Long removedByChange;
}
