package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Answers given so far, or all of them at submission; each replaces the one saved for its question. */
@Schema(name = "ExamAnswersRequest", description = "作答：每题的答案，覆盖此前保存的。Answers; each replaces the one saved "
        + "for its question.")
public record AnswersRequest(@Schema(description = "各题答案。The answers.") @NotNull @Size(max = 200)
                             List<@Valid @NotNull Answer> answers) {

    @Schema(name = "ExamAnswer", description = "一题的答案：选择题为所选选项在本卷中的序号，填空题为文字。One answer: for a choice "
            + "question the indices of the options chosen as this paper shows them, for a fill-in its text.")
    public record Answer(
            @Schema(description = "试题编号。The question id.") @NotNull Long questionId,
            @Schema(description = "所选选项的序号（本卷显示顺序，从0起）。The options chosen, as shown, from 0.")
            @Size(max = 8) List<@NotNull @Min(0) @Max(7) Integer> choices,
            @Schema(description = "填空题的答案。A fill-in's text.") @Size(max = 100) String text) {
    }
}
