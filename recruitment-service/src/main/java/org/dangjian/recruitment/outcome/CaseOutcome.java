package org.dangjian.recruitment.outcome;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import lombok.Data;
import org.dangjian.kit.security.scope.OrgScoped;

/** An approval's outcome as decided, beside the step's row: the decision, its reason, an extension's length and end. */
@Data
@TableName("case_outcome")
@OrgScoped
public class CaseOutcome {
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long caseId;
    private Long caseStepId;
    private String stepCode;
    private String orgPath;
    private String decision;
    private LocalDate decidedOn;
    private String reason;
    private Integer extendMonths;
    private LocalDate extendedUntil;
}
