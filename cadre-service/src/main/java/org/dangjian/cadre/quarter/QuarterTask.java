package org.dangjian.cadre.quarter;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** One organisation's update of its cadres for one quarter: open until confirmed, overdue after its due date. */
@Data
@TableName("quarter_task")
@OrgScoped
class QuarterTask {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String quarter;
    private Long orgId;
    private String orgPath;
    private LocalDate dueOn;
    private LocalDate confirmedOn;
    private Long confirmedBy;
    private Integer posts;
    private String note;
    private LocalDate remindedOn;
    private Instant createdAt;

    TaskStatus status(LocalDate today) {
        return confirmedOn != null ? TaskStatus.CONFIRMED : today.isAfter(dueOn) ? TaskStatus.OVERDUE : TaskStatus.OPEN;
    }
}
