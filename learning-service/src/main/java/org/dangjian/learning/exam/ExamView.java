package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An exam as administrators manage it. */
@Schema(name = "Exam", description = "考试。An exam.")
public record ExamView(
        @Schema(description = "考试编号。The exam id.") long id,
        @Schema(description = "考试名称。Title.") String title,
        @Schema(description = "考试类别。What it is for.") ExamKind kind,
        @Schema(description = "举办考试的组织。The organisation holding it.") long orgId,
        @Schema(description = "状态。Status.") ExamStatus status,
        @Schema(description = "考试时长（分钟）。Minutes.") int durationMinutes,
        @Schema(description = "及格分。The pass mark.") BigDecimal passScore,
        @Schema(description = "每人最多考几次。Attempts allowed per person.") int maxAttempts,
        @Schema(description = "每份试卷的题数。Questions per paper.") int questions,
        @Schema(description = "固定试卷的试题编号。The question ids of a fixed paper.") List<Long> questionIds,
        @Schema(description = "随机组卷的规则。The rules of a drawn paper.") List<Draw> draws,
        @Schema(description = "发布时间。When it was published.") Instant publishedAt) {
}
