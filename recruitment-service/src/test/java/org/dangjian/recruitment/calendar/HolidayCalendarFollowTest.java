package org.dangjian.recruitment.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.transfer.HolidayCalendarSet;
import org.dangjian.kit.calendar.WorkingDays;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Public notices count working days of the official calendar: this service ships 2026 and follows every year the
 * city administrator sets in transfer-service, which keeps the calendar.
 */
class HolidayCalendarFollowTest extends ServiceApiTest {
    @Autowired
    private WorkingDays workingDays;

    @Test
    void theShippedCalendarSkipsNationalDay2026() {
        assertThat(workingDays.add(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void aYearSetInTransferServiceCountsHereToo() {
        LocalDate monday = LocalDate.of(2098, 6, 2);
        assertThat(workingDays.add(monday, 1)).as("before: an ordinary Tuesday").isEqualTo(monday.plusDays(1));

        publish(new HolidayCalendarSet(2098, "测试通知", List.of(
                new HolidayCalendarSet.Day(monday.plusDays(1), "DAY_OFF", "测试节"))));

        awaitEffect(() -> workingDays.add(monday, 1).equals(monday.plusDays(2)));
    }
}
