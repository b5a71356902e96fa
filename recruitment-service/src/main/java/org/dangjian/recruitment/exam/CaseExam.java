package org.dangjian.recruitment.exam;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Data;

/** An exam the case's applicant sat: passed online (learning-service's event) or recorded on paper with its sheet. */
@Data
@TableName("case_exam")
class CaseExam {
    static final String ONLINE = "ONLINE";
    static final String PAPER = "PAPER";
    @TableId(type = IdType.AUTO)
    private Long id;
    private Long caseId;
    private String kind;
    private BigDecimal score;
    private LocalDate takenOn;
    private Boolean passed;
    private Integer passMark;
    private String source;
    private String eventId;
    private String sheetKey;
    private String sheetType;
    private Long recordedBy;
    private Instant recordedAt;
}
