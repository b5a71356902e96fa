package org.dangjian.recruitment.step;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an approval decided: admission approved or refused; probation confirmed, extended or cancelled. */
@Schema(name = "RecruitmentStepOutcome", description = "审批结果：接收审批为批准或不予批准；转正审批为按期转正、延长预备期或取消预备党员资格。"
        + "An approval's outcome: admission APPROVED or REFUSED; at the end of probation CONFIRMED, EXTENDED or CANCELLED.")
public record StepOutcome(
        @Schema(description = "决定。The decision.") @NotNull Decision decision,
        @Schema(description = "理由，不予批准和取消预备党员资格时必填。The reason, required to refuse or cancel.",
                example = "考察期间表现不符合党员条件") @Size(max = 500) String reason,
        @Schema(description = "延长预备期的月数（6–12），仅延长时填写。Months of extension (6 to 12), only to extend.",
                example = "6") Integer extendMonths) {

    @Schema(name = "RecruitmentOutcomeDecision", description = "审批决定。An approval's decision.")
    public enum Decision {
        APPROVED("批准接收为预备党员"),
        REFUSED("不予批准"),
        CONFIRMED("按期转为正式党员"),
        EXTENDED("延长预备期"),
        CANCELLED("取消预备党员资格");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
