package org.dangjian.member.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartyYearsTest {

    @Test
    void partyStandingCountsFromTheEndOfProbationNotFromAdmission() {
        LocalDate joined = LocalDate.of(2015, 7, 1);
        LocalDate full = joined.plusYears(1);
        assertThat(PartyYears.on(full, LocalDate.of(2026, 6, 30))).isEqualTo(9);
        assertThat(PartyYears.on(full, LocalDate.of(2026, 7, 1))).isEqualTo(10);
    }

    @Test
    void aProbationaryMemberHasNoPartyStandingYet() {
        assertThat(PartyYears.on(null, LocalDate.of(2026, 7, 1))).isNull();
    }
}
