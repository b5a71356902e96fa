package org.dangjian.member.birthday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnniversaryDaysTest {
    @Test
    void the28thOfFebruaryAlsoGreetsThe29thInYearsWithoutOne() {
        assertThat(AnniversaryDays.of(LocalDate.of(2026, 2, 28))).containsExactly(228, 229);
        assertThat(AnniversaryDays.of(LocalDate.of(2028, 2, 28))).containsExactly(228);
        assertThat(AnniversaryDays.of(LocalDate.of(2028, 2, 29))).containsExactly(229);
        assertThat(AnniversaryDays.of(LocalDate.of(2026, 7, 1))).containsExactly(701);
    }
}
