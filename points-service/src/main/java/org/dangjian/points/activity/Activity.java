package org.dangjian.points.activity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** An activity as its branch recorded it; it belongs to the branch, so it is read within the caller's scope. */
@Data
@TableName("activity")
@OrgScoped
class Activity {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orgId;
    private String orgPath;
    private String type;
    private LocalDate heldOn;
    private String place;
    private String topic;
    private String minutes;
    private Long recordedBy;
    private Instant createdAt;
}
