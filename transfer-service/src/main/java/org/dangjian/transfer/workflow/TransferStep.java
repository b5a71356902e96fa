package org.dangjian.transfer.workflow;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.dangjian.contracts.transfer.TransferStepRef;

/** One level of a transfer's approval chain; {@code seq} is its place, from 1. */
@Getter
@Setter
@TableName("transfer_step")
public class TransferStep {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long transferId;
    private Integer seq;
    private Long orgId;
    private String orgPath;
    private String orgName;
    private StepStatus status;
    private Instant pendingSince;
    private LocalDate dueDate;
    private Long decidedBy;
    private String decidedByName;
    private Instant decidedAt;
    private String comment;

    TransferStepRef ref() {
        return new TransferStepRef(seq, orgId, orgPath, orgName, dueDate);
    }
}
