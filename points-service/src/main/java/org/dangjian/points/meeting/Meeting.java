package org.dangjian.points.meeting;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDateTime;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** A meeting its branch planned; {@code startsAt} is local time in the platform's zone. */
@Data
@TableName("meeting")
@OrgScoped
class Meeting {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orgId;
    private String orgPath;
    private String type;
    private LocalDateTime startsAt;
    /** The venue named, or null when held elsewhere; {@code place} is the readable text either way. */
    private Long venueId;
    private String place;
    private String topic;
    private String status;
    private String checkInKey;
    private Long activityId;
    private Long plannedBy;
    private Instant createdAt;
}
