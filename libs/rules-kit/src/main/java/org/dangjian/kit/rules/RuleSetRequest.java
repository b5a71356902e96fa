package org.dangjian.kit.rules;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new value of a rule set, from a day on (today or later), with the basis for it. */
@Schema(name = "RuleSetChange", description = "规则的新取值：自某日起施行（今天或以后），并写明依据。A new value of a rule set, from a day on "
        + "(today or later), with its basis.")
public record RuleSetRequest(
        @Schema(description = "施行日期，不早于今天。The day it applies from, not before today.", example = "2027-01-01")
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "依据（文件名称、文号或会议决定）。The basis: the document or decision.",
                example = "市委组织部关于调整党费交纳标准的通知")
        @NotBlank @Size(max = 300) String source,
        @Schema(description = "新的取值，格式与查看时的 value 相同。The new value, shaped as the value the rule set shows.",
                type = "object")
        @NotNull Object value) {
}
