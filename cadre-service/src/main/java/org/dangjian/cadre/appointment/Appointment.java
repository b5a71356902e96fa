package org.dangjian.cadre.appointment;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** A post a cadre holds (任职) in an organisation: held while {@code endsOn} is empty. */
@Data
@TableName("appointment")
@OrgScoped
class Appointment {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cadreId;
    private Long orgId;
    private String orgPath;
    private String position;
    private String method;
    private LocalDate startsOn;
    private LocalDate termEndsOn;
    private LocalDate endsOn;
    private String endReason;
    private Long createdBy;
    private Instant createdAt;
    private Long endedBy;

    boolean current() {
        return endsOn == null;
    }
}
