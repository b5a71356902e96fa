package org.dangjian.transfer.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.contracts.transfer.HolidayCalendarSet;
import org.dangjian.kit.calendar.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The official holiday calendar as shipped and as the city administrator sets it. The 2026 data is the State
 * Council General Office's notice 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, 4 November 2025):
 * 元旦 1.1-1.3 (1.4 working), 春节 2.15-2.23 (2.14, 2.28 working), 清明 4.4-4.6, 劳动节 5.1-5.5 (5.9 working),
 * 端午 6.19-6.21, 中秋 9.25-9.27, 国庆 10.1-10.7 (9.20, 10.10 working).
 */
class HolidayCalendarTest extends ServiceApiTest {
    /** A year no other test sets: each run replaces it as a whole. */
    private static final int TEST_YEAR = 2099;

    @Autowired
    WorkingDays workingDays;

    private final long city = nextId();
    private final String cityAdmin = TestTokens.cityAdmin(city, path(city));

    @Test
    void the2026CalendarFromTheStateCouncilNoticeHas33DaysOffAnd6AdjustedWorkingDays() {
        JsonNode year = ok(get(cityAdmin, "/api/transfers/calendar/2026"));
        assertThat(year.get("source").asString()).contains("国办发明电〔2025〕7号");
        assertThat(year.get("daysOff").asInt()).isEqualTo(33);
        assertThat(year.get("workingDays").asInt()).isEqualTo(6);
        assertThat(year.get("days")).hasSize(39);

        Map<String, String> kinds = new HashMap<>();
        year.get("days").forEach(d -> kinds.put(d.get("date").asString(), d.get("kind").asString()));
        assertThat(kinds).containsEntry("2026-01-01", "DAY_OFF").containsEntry("2026-01-04", "WORKING_DAY")
                .containsEntry("2026-02-23", "DAY_OFF").containsEntry("2026-02-28", "WORKING_DAY")
                .containsEntry("2026-05-05", "DAY_OFF").containsEntry("2026-06-19", "DAY_OFF")
                .containsEntry("2026-09-20", "WORKING_DAY").containsEntry("2026-10-07", "DAY_OFF")
                .containsEntry("2026-10-10", "WORKING_DAY");
        assertThat(kinds).doesNotContainKeys("2026-02-24", "2026-10-08");
        assertThat(kinds.entrySet()).filteredOn(e -> e.getValue().equals("WORKING_DAY")).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
                        "2026-10-10");
    }

    @Test
    void aDueDateSpanningNationalDay2026SkipsTheHolidaysAndCountsTheAdjustedWorkingDays() {
        // registered Monday 28 September: 9.29, 9.30, (10.1-10.7 off), 10.8, 10.9 and Saturday 10.10 (上班)
        assertThat(workingDays.add(LocalDate.of(2026, 9, 28), 5)).isEqualTo(LocalDate.of(2026, 10, 10));
        // registered Friday 18 September: Sunday 9.20 is a working day, so 5 working days end on Thursday 9.24
        assertThat(workingDays.add(LocalDate.of(2026, 9, 18), 5)).isEqualTo(LocalDate.of(2026, 9, 24));
        // due 30 September, still pending on Monday 12 October: 10.8, 10.9, 10.10, 10.12 late, not the holiday week
        assertThat(workingDays.countAfter(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12))).isEqualTo(4);
    }

    @Test
    void aDueDateSpanningSpringFestival2026SkipsTheNineDaysOff() {
        // Friday 13 February: Saturday 2.14 works, 2.15-2.23 off, then 2.24, 2.25, 2.26, 2.27
        assertThat(workingDays.add(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void theCityAdministratorSetsAYearAndDueDatesFollowItAtOnce() {
        LocalDate monday = LocalDate.of(TEST_YEAR, 6, 1);
        Map<String, Object> calendar = Map.of("source", "测试通知", "days", List.of(
                Map.of("date", monday.plusDays(1).toString(), "kind", "DAY_OFF", "festival", "测试节"),
                Map.of("date", monday.plusDays(5).toString(), "kind", "WORKING_DAY", "festival", "测试节")));

        JsonNode saved = ok(put(cityAdmin, "/api/transfers/calendar/" + TEST_YEAR, calendar));
        assertThat(saved.get("daysOff").asInt()).isEqualTo(1);
        assertThat(saved.get("workingDays").asInt()).isEqualTo(1);
        // Tuesday off, Saturday working: Wednesday, Thursday, Friday, Saturday, Monday
        assertThat(workingDays.add(monday, 5)).isEqualTo(monday.plusDays(7));

        ok(put(cityAdmin, "/api/transfers/calendar/" + TEST_YEAR, Map.of("source", "更正通知", "days", List.of(
                Map.of("date", monday.plusDays(2).toString(), "kind", "DAY_OFF", "festival", "测试节")))));
        JsonNode replaced = ok(get(cityAdmin, "/api/transfers/calendar/" + TEST_YEAR));
        assertThat(replaced.get("source").asString()).isEqualTo("更正通知");
        assertThat(replaced.get("days").findValuesAsString("date")).as("replaced as a whole")
                .containsExactly(monday.plusDays(2).toString());
        assertThat(workingDays.add(monday, 5)).isEqualTo(monday.plusDays(8));
    }

    @Test
    void eachYearSetIsAnnouncedSoThatOtherServicesCountTheSameWorkingDays() {
        int year = TEST_YEAR + 1;
        ok(put(cityAdmin, "/api/transfers/calendar/" + year, Map.of("source", "测试通知", "days", List.of(
                Map.of("date", year + "-06-02", "kind", "DAY_OFF", "festival", "测试节")))));

        JsonNode announced = json.readTree(jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = ?"
                + " AND aggregate_id = ? ORDER BY id DESC LIMIT 1", String.class, HolidayCalendarSet.TYPE, "calendar-" + year));
        assertThat(announced.get("source").asString()).isEqualTo("测试通知");
        assertThat(announced.get("days").findValuesAsString("date")).containsExactly(year + "-06-02");
        assertThat(announced.get("days").findValuesAsString("kind")).containsExactly("DAY_OFF");
    }

    @Test
    void onlyTheCityAdministratorSetsACalendar() {
        long branch = nextId();
        String orgAdmin = TestTokens.orgAdmin(nextId(), branch, path(city, branch));
        Map<String, Object> calendar = Map.of("source", "测试", "days", List.of(
                Map.of("date", TEST_YEAR + "-06-02", "kind", "DAY_OFF", "festival", "测试节")));
        assertThat(put(orgAdmin, "/api/transfers/calendar/" + TEST_YEAR, calendar).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(ok(get(orgAdmin, "/api/transfers/calendar/2026")).get("year").asInt())
                .as("everyone signed in reads it").isEqualTo(2026);
    }

    @Test
    void anAdjustedWorkingDayMustBeAWeekendDayOfTheYear() {
        assertRefused(TEST_YEAR + "-06-01", "WORKING_DAY", "调休上班日须为周六或周日");
        assertRefused((TEST_YEAR - 1) + "-06-06", "DAY_OFF", "日期不在 " + TEST_YEAR + " 年内");
        assertThat(get(cityAdmin, "/api/transfers/calendar/1990").getResponse().getStatus())
                .as("a year nobody set is 404").isEqualTo(404);
    }

    private void assertRefused(String date, String kind, String message) {
        var result = put(cityAdmin, "/api/transfers/calendar/" + TEST_YEAR, Map.of("source", "测试", "days",
                List.of(Map.of("date", date, "kind", kind, "festival", "测试节"))));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        JsonNode error = body(result).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("days[0].date");
        assertThat(error.get("message").asString()).isEqualTo(message);
    }
}
