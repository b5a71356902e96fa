package org.dangjian.recruitment.exam;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dangjian.recruitment.catalogue.ExamKind;

/** An exam the applicant sat, as the case shows it. */
@Schema(name = "RecruitmentExam", description = "申请人参加的考试：线上考试合格（学习平台通知）或登记的纸质考试。An exam the applicant "
        + "sat: an online pass learning-service announced, or a paper exam an administrator recorded.")
public record ExamView(String id,
                       ExamKind kind,
                       @Schema(example = "发展对象考试") String kindName,
                       @Schema(description = "成绩（满分100）。The score, out of 100.", example = "86") BigDecimal score,
                       @Schema(description = "考试日期。The exam's date.") LocalDate date,
                       @Schema(description = "是否合格。Whether it is a pass.") boolean passed,
                       @Schema(description = "ONLINE（学习平台）或 PAPER（纸质）。ONLINE or PAPER.", example = "PAPER") String source,
                       @Schema(description = "纸质考试时适用的及格分；线上考试为空。The pass mark applied to a paper exam; "
                               + "null for online passes.", example = "60") Integer passMark) {
    static ExamView of(CaseExam e) {
        return new ExamView(Long.toString(e.getId()), ExamKind.valueOf(e.getKind()), ExamKind.valueOf(e.getKind()).label(),
                e.getScore(), e.getTakenOn(), e.getPassed(), e.getSource(), e.getPassMark());
    }
}
