package org.dangjian.learning.exam;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.Instant;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** An exam as the administrators of its organisation and above manage it (the scope on {@code org_path}). */
@Data
@TableName("exam")
@OrgScoped
class Exam {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orgId;
    private String orgPath;
    private String title;
    private String kind;
    private Integer durationMinutes;
    private BigDecimal passScore;
    private Integer maxAttempts;
    /** {@link Paper} as JSON. */
    private String paper;
    private String status;
    private Long createdBy;
    private Instant createdAt;
    private Instant publishedAt;
}
