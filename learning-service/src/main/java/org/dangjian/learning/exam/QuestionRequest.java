package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A question for an organisation's bank, with its key. */
@Schema(name = "CreateQuestionRequest", description = "新增试题（含答案）。A question for the bank, with its key.")
public record QuestionRequest(
        @Schema(description = "题型。The kind.") @NotNull QuestionKind kind,
        @Schema(description = "题干。The question.", example = "党的最高理想和最终目标是什么？") @NotBlank @Size(max = 500) String stem,
        @Schema(description = "选项（单选、多选2至8项；判断题不填，为“正确”“错误”；填空题不填）。The options: 2 to 8 for single "
                + "and multiple choice; none for true/false (正确, 错误) and fill-in.")
        @Size(max = 8) List<@NotBlank @Size(max = 200) String> options,
        @Schema(description = "正确选项的序号，从0起（判断题：0为正确，1为错误）。The indices of the right options, from 0 "
                + "(true/false: 0 true, 1 false).") @Size(max = 8) List<@NotNull @Min(0) @Max(7) Integer> correct,
        @Schema(description = "填空题可接受的答案（1至5个）。The accepted answers of a fill-in (1 to 5).")
        @Size(max = 5) List<@NotBlank @Size(max = 100) String> accepted,
        @Schema(description = "标签，组卷时按标签抽题。Tags, by which papers are drawn.", example = "[\"党章\"]")
        @Size(max = 5) List<@NotBlank @Size(max = 20) @Pattern(regexp = "[^,]+") String> tags,
        @Schema(description = "难度：1易、2中、3难。Difficulty: 1 easy, 2 medium, 3 hard.", example = "2")
        @NotNull @Min(1) @Max(3) Integer difficulty,
        @Schema(description = "题库所属组织，默认为调用者所在组织；本组织及下级组织的考试可用。The bank's organisation (the "
                + "caller's by default): exams of its subtree may use the question.") Long orgId) {
}
