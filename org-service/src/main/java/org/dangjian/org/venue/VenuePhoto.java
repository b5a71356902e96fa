package org.dangjian.org.venue;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.Setter;
import org.dangjian.kit.security.scope.OrgScoped;

@Getter
@Setter
@TableName("venue_photo")
@OrgScoped(orgPathColumn = "org_path")
public class VenuePhoto {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long venueId;
    private String orgPath;
    private String objectKey;
    private String contentType;
    private Long sizeBytes;
    private LocalDateTime createdAt;
}
