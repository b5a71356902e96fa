package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One sitting as its taker sees it: the questions with the options in this paper's order and the answers saved;
 * the key and the marks only once it is submitted.
 */
@Schema(name = "ExamAttempt", description = "一次考试：本卷的题目与选项顺序、已保存的答案；交卷后才有正确答案与得分。One sitting: "
        + "the questions with this paper's option order and the answers saved; the key and the score only once submitted.")
public record AttemptView(
        @Schema(description = "答卷编号。The attempt id.") long id,
        @Schema(description = "考试编号。The exam id.") long examId,
        @Schema(description = "考试名称。The exam's title.") String title,
        @Schema(description = "考试类别。What the exam is for.") ExamKind kind,
        @Schema(description = "第几次考试。Which attempt this is, from 1.") int seq,
        @Schema(description = "开始时间。When it started.") Instant startedAt,
        @Schema(description = "截止时间（服务器计时），到时自动交卷。The deadline, by the server's clock; it is submitted then.")
        Instant deadline,
        @Schema(description = "剩余秒数。Seconds left.") long secondsLeft,
        @Schema(description = "交卷时间。When it was submitted.") Instant submittedAt,
        @Schema(description = "是否到时自动交卷。Whether it was submitted at the deadline by the server.") boolean autoSubmitted,
        @Schema(description = "得分（满分100）。The score out of 100.") BigDecimal score,
        @Schema(description = "及格分。The pass mark.") BigDecimal passScore,
        @Schema(description = "是否通过。Whether it passed.") Boolean passed,
        @Schema(description = "题目，按本卷顺序。The questions, in this paper's order.") List<Item> questions) {

    @Schema(name = "ExamAttemptQuestion", description = "本卷的一题。A question of this paper.")
    public record Item(
            @Schema(description = "试题编号。The question id.") long questionId,
            @Schema(description = "题型。The kind.") QuestionKind kind,
            @Schema(description = "题干。The question.") String stem,
            @Schema(description = "选项，按本卷顺序。The options, in this paper's order.") List<String> options,
            @Schema(description = "已选选项的序号（本卷顺序）。The options chosen, as shown.") List<Integer> choices,
            @Schema(description = "填空的答案。The fill-in's text.") String text,
            @Schema(description = "交卷后：是否答对。Once submitted: whether it was right.") Boolean right,
            @Schema(description = "交卷后：正确选项的序号（本卷顺序）。Once submitted: the right options, as shown.")
            List<Integer> correct,
            @Schema(description = "交卷后：填空题可接受的答案。Once submitted: the accepted texts of a fill-in.")
            List<String> accepted) {
    }
}
