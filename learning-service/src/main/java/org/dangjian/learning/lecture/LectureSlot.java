package org.dangjian.learning.lecture;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDateTime;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * A time an expert gives a lecture, offered by the expert's organisation to the organisations of its subtree; up to
 * {@code capacity} of them may book it. The scope on {@code org_path} is the offering side's: its administrators
 * manage the slot; the organisations below find it through their ancestors' paths ({@link Lectures#offeredTo}).
 */
@Data
@TableName("lecture_slot")
@OrgScoped
class LectureSlot {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long expertId;
    private Long orgId;
    private String orgPath;
    private String topic;
    private String place;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private LocalDateTime cancelUntil;
    private Integer capacity;
    private Integer booked;
    private String status;
    private Long createdBy;
    private Instant createdAt;
}
