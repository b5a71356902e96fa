package org.dangjian.learning.lecture;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDateTime;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** An organisation's booking of a lecture slot; its administrators (and those above) see and cancel it. */
@Data
@TableName("lecture_booking")
@OrgScoped
class Booking {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long slotId;
    /** The slot's start, kept with the booking so that an organisation's coming bookings are one scoped query. */
    private LocalDateTime startsAt;
    private Long orgId;
    private String orgPath;
    private Long activeOrgId;
    private Integer attendees;
    private String note;
    private String status;
    private Long bookedBy;
    private Instant bookedAt;
    private Long endedBy;
    private Instant endedAt;
    private Instant remindedAt;
}
