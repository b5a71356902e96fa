package org.dangjian.cadre.training;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** A course a cadre attended, as an administrator recorded it; kept under the cadre's organisation of the day. */
@Data
@TableName("training")
@OrgScoped
class Training {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long cadreId;
    private Long orgId;
    private String orgPath;
    private String course;
    private String provider;
    private BigDecimal hours;
    private LocalDate heldOn;
    private Long createdBy;
    private Instant createdAt;
}
