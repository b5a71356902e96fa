package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** An exam the caller may take, with how they stand in it. */
@Schema(name = "MyExam", description = "我可以参加的考试及我的情况。An exam the caller may take, and how they stand in it.")
public record MyExamView(
        @Schema(description = "考试编号。The exam id.") long id,
        @Schema(description = "考试名称。Title.") String title,
        @Schema(description = "考试类别。What it is for.") ExamKind kind,
        @Schema(description = "考试时长（分钟）。Minutes.") int durationMinutes,
        @Schema(description = "题数。Questions.") int questions,
        @Schema(description = "及格分。The pass mark.") BigDecimal passScore,
        @Schema(description = "可考次数。Attempts allowed.") int maxAttempts,
        @Schema(description = "已考次数。Attempts made.") int attempts,
        @Schema(description = "最高分。The best score so far.") BigDecimal bestScore,
        @Schema(description = "是否已通过。Whether the caller passed it.") boolean passed,
        @Schema(description = "正在进行的答卷。The attempt in progress, if any.") Long openAttemptId) {
}
