package org.dangjian.recruitment.cases;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/**
 * One person's development in their branch; the id is the applicant id events carry. ID and phone numbers are
 * kept encrypted, as a blind index and masked (never in clear). {@code stage} and {@code lastStep} follow the
 * steps recorded; {@code openIdIdx} is the ID number's index while the case is open (one open case per person); a refused
 * admission or a cancelled probation frees it, so the person may apply again later.
 */
@Data
@TableName("recruitment_case")
@OrgScoped(applicantColumn = "id")
public class RecruitmentCase {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Integer catalogueVersion;
    private Long orgId;
    private String orgPath;
    private String name;
    private String gender;
    private LocalDate birthDate;
    private String idNumberEnc;
    private String idNumberIdx;
    private String idNumberMasked;
    private String phoneEnc;
    private String phoneIdx;
    private String phoneMasked;
    private String workUnit;
    private String education;
    /** GB 3304 code; null only on cases opened before it was asked. */
    private String ethnicity;
    private LocalDate applicationDate;
    private String status;
    private String stage;
    private String lastStep;
    private LocalDate lastStepOn;
    private String openIdIdx;
    private Long openedBy;
    private Instant openedAt;
    /** 1, then 2 once probation is extended: the confirmation steps are recorded once more. */
    private Integer confirmationRound;
    private LocalDate probationExtendedUntil;
    /** When and why a refused admission or a cancelled probation closed the case. */
    private LocalDate closedOn;
    private String closedReason;
}
