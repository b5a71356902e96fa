package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A new exam: what it is for, its paper (fixed or drawn), time, pass mark and attempts. */
@Schema(name = "CreateExamRequest", description = "新建考试：试卷固定选题或按规则随机抽题，限时，及格分，可考次数。A new exam: "
        + "a fixed paper or one drawn by rules, timed, with a pass mark and a limit on attempts.")
public record ExamRequest(
        @Schema(description = "考试名称。Title.", example = "2026年入党积极分子统一考试") @NotBlank @Size(max = 100) String title,
        @Schema(description = "考试类别；三类发展考试的通过结果送发展党员流程。What it is for; the passes of the three "
                + "development exams reach member development.") @NotNull ExamKind kind,
        @Schema(description = "举办考试的组织，默认为调用者所在组织；其下人员可参加。The organisation holding it (the caller's by "
                + "default): the people of its subtree may take it.") Long orgId,
        @Schema(description = "考试时长（分钟），从开始答题起由服务器计时。Minutes, timed by the server from the start.", example = "60")
        @NotNull @Min(1) @Max(300) Integer durationMinutes,
        @Schema(description = "及格分（满分100）。The pass mark out of 100.", example = "60") @NotNull @DecimalMin("0.0")
        @DecimalMax("100.0") @Digits(integer = 3, fraction = 1) BigDecimal passScore,
        @Schema(description = "每人最多考几次。Attempts allowed per person.", example = "3") @NotNull @Min(1) @Max(10) Integer maxAttempts,
        @Schema(description = "固定试卷：试题编号，按顺序。A fixed paper: the question ids, in order.")
        @Size(max = 200) List<@NotNull Long> questionIds,
        @Schema(description = "随机组卷：抽题规则。A drawn paper: the rules.") @Size(max = 20) List<@Valid @NotNull Draw> draws) {
}
