package org.dangjian.kit.rules;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A rule set: the value in force today, and every value it has had or is to have, the latest set first. */
@Schema(name = "RuleSet", description = "一组业务规则：今天施行的取值及其全部历史（含已定未施行的）。A rule set: the value in force "
        + "today and its whole history (values set for days to come included).")
public record RuleSetView(@Schema(description = "规则名称。The rule set's name.", example = "dues") String name,
                          @Schema(description = "中文名称。Its Chinese title.", example = "党费交纳标准") String title,
                          Value inForce, List<Value> history) {

    @Schema(name = "RuleSetValue", description = "规则的一个取值：自何日起、取值、依据、由谁何时设定（初始的全国标准由系统预置）。One value: "
            + "from when, what, on what basis, set by whom and when (the national value: seeded, by nobody).")
    public record Value(@Schema(description = "版本号。The version.") int version,
                        @Schema(description = "施行日期。The day it applies from.") LocalDate effectiveFrom,
                        @Schema(description = "取值。The value.", type = "object") Object value,
                        @Schema(description = "依据。Its basis.") String source,
                        @Schema(description = "设定人账号，预置的全国标准为空。Who set it; null for the seeded national value.") Long setBy,
                        Instant setAt) {
        static Value of(RuleEntry<?> e) {
            return new Value(e.version(), e.effectiveFrom(), e.value(), e.source(), e.setBy(), e.setAt());
        }
    }
}
