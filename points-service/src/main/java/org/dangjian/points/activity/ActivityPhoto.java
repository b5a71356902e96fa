package org.dangjian.points.activity;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import lombok.Data;

/** A photo of an activity; it has no path of its own: it is read through its activity (see the mapper). */
@Data
@TableName("activity_photo")
class ActivityPhoto {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long activityId;
    private String objectKey;
    private String contentType;
    private Long sizeBytes;
    private Long uploadedBy;
    private Instant createdAt;
}
