package org.dangjian.kit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.kit.calendar.CalendarDayKind.DAY_OFF;
import static org.dangjian.kit.calendar.CalendarDayKind.WORKING_DAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Due dates in working days. 2026-03-05 is a Thursday, 03-06 a Friday, 03-07 a Saturday. The calendars here
 * are made up for each rule; the official one is tested against the shipped data in HolidayCalendarTest.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkingDaysTest {
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 5);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 3, 7);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

    private final WorkingDays plain = in2026();

    private static WorkingDays in2026(CalendarDay... days) {
        OfficialCalendar calendar = OfficialCalendar.of(List.of(new YearCalendar(2026, "test", List.of(days))));
        return new WorkingDays(() -> calendar);
    }

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
    void aDayOffOnAWeekdayIsSkipped() {
        WorkingDays withHoliday = in2026(new CalendarDay(MONDAY, DAY_OFF, "节"));
        assertThat(withHoliday.isWorkingDay(MONDAY)).isFalse();
        assertThat(withHoliday.add(THURSDAY, 2)).isEqualTo(MONDAY.plusDays(1));
        assertThat(withHoliday.add(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void aWeekendMadeAWorkingDayCounts() {
        WorkingDays withMakeUp = in2026(new CalendarDay(SATURDAY, WORKING_DAY, "节"));
        assertThat(withMakeUp.isWorkingDay(SATURDAY)).isTrue();
        assertThat(withMakeUp.add(THURSDAY, 2)).isEqualTo(SATURDAY);
        assertThat(withMakeUp.add(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    @Test
    void days_late_are_counted_in_working_days() {
        assertThat(plain.countAfter(FRIDAY, MONDAY)).as("Saturday and Sunday are no days late").isEqualTo(1);
        assertThat(plain.countAfter(FRIDAY, FRIDAY)).isZero();
        assertThat(plain.countAfter(MONDAY, FRIDAY)).isZero();
        assertThat(in2026(new CalendarDay(MONDAY, DAY_OFF, "节"), new CalendarDay(SATURDAY, WORKING_DAY, "节"))
                .countAfter(FRIDAY, MONDAY.plusDays(1)))
                .as("the make-up Saturday and Tuesday, not the holiday Monday").isEqualTo(2);
    }

    @Test
    void aYearWithoutACalendarCountsWeekdaysAndWarnsOnce(CapturedOutput output) {
        // 2028-10-02 is a Monday; nobody set 2028, so National Day week counts as working days
        LocalDate friday = LocalDate.of(2028, 9, 29);
        assertThat(plain.add(friday, 5)).isEqualTo(LocalDate.of(2028, 10, 6));
        assertThat(plain.countAfter(friday, LocalDate.of(2028, 10, 9))).isEqualTo(6);
        assertThat(plain.isWorkingDay(LocalDate.of(2028, 10, 3))).isTrue();

        assertThat(warnings(output, 2028)).as("one warning for 2028 in this process, however many calls").isEqualTo(1);
        assertThat(output.getAll()).contains("PUT /api/transfers/calendar/2028");

        plain.add(LocalDate.of(2029, 1, 1), 1);
        assertThat(warnings(output, 2029)).as("another year without a calendar is warned about too").isEqualTo(1);
        assertThat(warnings(output, 2026)).as("a year with its calendar is not").isZero();
    }

    private static long warnings(CapturedOutput output, int year) {
        String line = "No official holiday calendar for " + year + ":";
        return output.getAll().lines().filter(l -> l.contains(line) && l.contains("WARN")).count();
    }
}
