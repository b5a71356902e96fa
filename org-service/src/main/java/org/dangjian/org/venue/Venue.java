package org.dangjian.org.venue;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.Setter;
import org.dangjian.kit.security.scope.OrgScoped;

/** An activity venue (活动阵地) of an organisation. */
@Getter
@Setter
@TableName("venue")
@OrgScoped(orgPathColumn = "org_path")
public class Venue {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orgId;
    private String orgPath;
    private String name;
    private String address;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private BigDecimal areaSqm;
    private String facilities;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @Version
    private Integer version;
}
