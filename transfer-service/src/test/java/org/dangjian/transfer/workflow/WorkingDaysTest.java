package org.dangjian.transfer.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Due dates in working days. 2026-03-05 is a Thursday, 03-06 a Friday, 03-07 a Saturday. */
class WorkingDaysTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 5);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private final WorkingDays plain = new WorkingDays(Set.of(), Set.of());

    @Test
    void weekends_are_skipped() {
        assertThat(plain.add(THURSDAY, 1)).isEqualTo(FRIDAY);
        assertThat(plain.add(THURSDAY, 2)).isEqualTo(MONDAY);
        assertThat(plain.isWorkingDay(SATURDAY)).isFalse();
        assertThat(plain.isWorkingDay(SATURDAY.plusDays(1))).isFalse();
    }

    @Test
    void five_working_days_from_a_friday_is_the_next_friday() {
        assertThat(plain.add(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void the_start_day_itself_does_not_count() {
        assertThat(plain.add(THURSDAY, 0)).isEqualTo(THURSDAY);
        assertThat(plain.add(SATURDAY, 1)).isEqualTo(MONDAY);
    }

    @Test
    void a_holiday_is_skipped() {
        WorkingDays withHoliday = new WorkingDays(Set.of(MONDAY), Set.of());
        assertThat(withHoliday.isWorkingDay(MONDAY)).isFalse();
        assertThat(withHoliday.add(THURSDAY, 2)).isEqualTo(MONDAY.plusDays(1));
        assertThat(withHoliday.add(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void a_make_up_saturday_counts() {
        WorkingDays withMakeUp = new WorkingDays(Set.of(), Set.of(SATURDAY));
        assertThat(withMakeUp.isWorkingDay(SATURDAY)).isTrue();
        assertThat(withMakeUp.add(THURSDAY, 2)).isEqualTo(SATURDAY);
        assertThat(withMakeUp.add(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void days_late_are_counted_in_working_days() {
        assertThat(plain.countAfter(FRIDAY, MONDAY)).as("Saturday and Sunday are no days late").isEqualTo(1);
        assertThat(plain.countAfter(FRIDAY, FRIDAY)).isZero();
        assertThat(plain.countAfter(MONDAY, FRIDAY)).isZero();
        assertThat(new WorkingDays(Set.of(MONDAY), Set.of(SATURDAY)).countAfter(FRIDAY, MONDAY.plusDays(1)))
                .as("the make-up Saturday and Tuesday, not the holiday Monday").isEqualTo(2);
    }
}
