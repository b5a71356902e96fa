package org.dangjian.recruitment.cases;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** A step recorded on a case, once (a confirmation step once per round): its date, its field values as JSON, who recorded it and when. */
@Data
@TableName("case_step")
@OrgScoped(applicantColumn = "case_id")
public class CaseStep {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long caseId;
    private String stepCode;
    private Integer position;
    private String orgPath;
    private LocalDate doneOn;
    private String fieldValues;
    private Long recordedBy;
    private Instant recordedAt;
    /** Imported with a case part-way through: done before the platform, its evidence kept on paper. */
    private Boolean beforePlatform;
    /** The case's confirmation round when recorded (see {@link RecruitmentCase#getConfirmationRound()}). */
    private Integer roundNo;
    /** A confirmation step of a round that an extension of probation ended: history, not the current record. */
    private Boolean superseded;
}
