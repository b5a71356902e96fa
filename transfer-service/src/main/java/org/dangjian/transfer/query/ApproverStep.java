package org.dangjian.transfer.query;

import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.dangjian.kit.security.scope.OrgScoped;
import org.dangjian.transfer.workflow.StepStatus;

/**
 * An approval step as its approving organisation owns it (the view {@code approver_step} over
 * {@code transfer_step}): scoped by the approver's path, where the workflow's own {@code TransferStep}
 * goes with its transfer. Read only, by the overdue list.
 */
@Getter
@Setter
@TableName("approver_step")
@OrgScoped
public class ApproverStep {
    @TableId
    private Long id;
    private Long transferId;
    private Integer seq;
    private Long orgId;
    private String orgPath;
    private String orgName;
    private StepStatus status;
    private Instant pendingSince;
    private LocalDate dueDate;
}
