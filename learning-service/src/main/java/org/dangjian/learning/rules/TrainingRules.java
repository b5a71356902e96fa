package org.dangjian.learning.rules;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * The rule set {@code training}: the class hours a year each learner is asked to study. Shown as progress, never
 * as a block (the 2023 directive against fingertip formalism).
 */
@Schema(name = "TrainingRules", description = "每年学习学时要求：党员不少于32学时，基层党组织书记和班子成员不少于56学时（全国标准）。"
        + "只作为进度显示，不作为限制。The class hours a year: members at least 32, branch secretaries and committee members 56 "
        + "(national values); shown as progress, never a block.")
public record TrainingRules(
        @Schema(description = "党员每年学时。Class hours a year for members.", example = "32") BigDecimal memberHours,
        @Schema(description = "书记和班子成员每年学时。Class hours a year for secretaries and committee members.", example = "56")
        BigDecimal leaderHours) {

    public static TrainingRules national() {
        return new TrainingRules(new BigDecimal("32"), new BigDecimal("56"));
    }
}
