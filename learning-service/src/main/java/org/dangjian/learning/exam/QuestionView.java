package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A question of the bank with its key, as administrators manage it. */
@Schema(name = "Question", description = "题库中的试题（含答案，仅管理员可见）。A question of the bank with its key "
        + "(administrators only).")
public record QuestionView(
        @Schema(description = "试题编号。The question id.") long id,
        @Schema(description = "题型。The kind.") QuestionKind kind,
        @Schema(description = "题干。The question.") String stem,
        @Schema(description = "选项。The options.") List<String> options,
        @Schema(description = "正确选项的序号。The indices of the right options.") List<Integer> correct,
        @Schema(description = "填空题可接受的答案。The accepted answers of a fill-in.") List<String> accepted,
        @Schema(description = "标签。Tags.") List<String> tags,
        @Schema(description = "难度。Difficulty, 1 to 3.") int difficulty,
        @Schema(description = "题库所属组织。The bank's organisation.") long orgId) {

    static QuestionView of(KeyedQuestion q, long orgId) {
        return new QuestionView(q.id(), q.kind(), q.stem(), q.options(), q.correct(), q.accepted(), q.tags(),
                q.difficulty(), orgId);
    }
}
