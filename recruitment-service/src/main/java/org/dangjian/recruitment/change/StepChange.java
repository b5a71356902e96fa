package org.dangjian.recruitment.change;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * A request to change a completed step, with the step as it was, decided by {@code approverOrgId}. The path is the
 * case's: the approver is above the branch, so its administrators see it, and so do the branch's.
 */
@Data
@TableName("step_change")
@OrgScoped
public class StepChange {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long caseId;
    private String stepCode;
    private String orgPath;
    private Long approverOrgId;
    private String approverOrgPath;
    private String status;
    private LocalDate originalDate;
    private String originalFields;
    private LocalDate newDate;
    private String newFields;
    private String removeAttachmentIds;
    private String reason;
    private Long requestedBy;
    private Instant requestedAt;
    private Long decidedBy;
    private Instant decidedAt;
    private String decisionReason;
    /** case:step while pending, null once decided (one pending request per step). */
    private String pendingKey;
}
