package org.dangjian.points.appraisal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** A branch's appraisal of a year: the two summaries; the grades are {@link AppraisalGrade} rows. */
@Data
@TableName("appraisal")
@OrgScoped
class Appraisal {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orgId;
    private String orgPath;
    private Integer year;
    private String selfAssessment;
    private String mutualAssessment;
    private Long recordedBy;
    private Instant recordedAt;
}
