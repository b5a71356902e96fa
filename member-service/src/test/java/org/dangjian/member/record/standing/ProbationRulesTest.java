package org.dangjian.member.record.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProbationRulesTest {
    private static final LocalDate JOINED = LocalDate.of(2024, 7, 1);

    @Test
    void probationLastsOneFullYearFromTheJoinDate() {
        assertThat(ProbationRules.probationOverBy(JOINED, null, LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(ProbationRules.probationOverBy(JOINED, null, LocalDate.of(2025, 7, 1))).isTrue();
    }

    @Test
    void anExtendedProbationEndsWhenTheExtensionEnds() {
        LocalDate extendedTo = LocalDate.of(2026, 1, 1);
        assertThat(ProbationRules.end(JOINED, extendedTo)).isEqualTo(extendedTo);
        assertThat(ProbationRules.probationOverBy(JOINED, extendedTo, LocalDate.of(2025, 12, 31))).isFalse();
    }

    @Test
    void anExtensionLastsSixToTwelveMonthsPastTheRegularEnd() {
        assertThat(ProbationRules.extensionLengthAllowed(JOINED, LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(ProbationRules.extensionLengthAllowed(JOINED, LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(ProbationRules.extensionLengthAllowed(JOINED, LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(ProbationRules.extensionLengthAllowed(JOINED, LocalDate.of(2026, 7, 2))).isFalse();
    }
}
