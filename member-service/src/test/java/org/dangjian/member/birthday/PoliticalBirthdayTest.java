package org.dangjian.member.birthday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.dangjian.member.LifecycleApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.member.NewMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * "Today" is 28 February 2026 (not a leap year) at 09:00 in China; the schedule itself is off ("-") so
 * that only the runs the tests start happen.
 */
@TestPropertySource(properties = "dj.member.political-birthday.cron=-")
class PoliticalBirthdayTest extends LifecycleApiTest {
    static final LocalDate TODAY = LocalDate.of(2026, 2, 28);

    @TestConfiguration
    static class FixedToday {
        @Bean
        @Primary
        Clock fixedClock() {
            ZoneId china = ZoneId.of("Asia/Shanghai");
            return Clock.fixed(ZonedDateTime.of(TODAY.atTime(9, 0), china).toInstant(), china);
        }
    }

    @Autowired
    DailyPoliticalBirthdays daily;

    long leapDay;
    long twentyEighth;
    long mobile;
    long admittedThisYear;
    long left;
    long firstOfMarch;

    @BeforeEach
    void members() {
        leapDay = register(new NewMember(branchA, "闰日").born(LocalDate.of(1980, 1, 5)).joined(LocalDate.of(2004, 2, 29)));
        twentyEighth = register(new NewMember(branchA, "廿八").born(LocalDate.of(1985, 3, 5)).joined(LocalDate.of(2010, 2, 28)));
        mobile = register(new NewMember(branchB, "流动").born(LocalDate.of(1975, 4, 5)).joined(LocalDate.of(2000, 2, 28))
                .mobileTo("310115"));
        admittedThisYear = register(new NewMember(branchB, "新人").born(LocalDate.of(2000, 5, 5)).joined(LocalDate.of(2026, 2, 28))
                .with("standing", "PROBATIONARY"));
        left = register(new NewMember(branchC, "离开").born(LocalDate.of(1970, 6, 5)).joined(LocalDate.of(2001, 2, 28))
                .leftFor("WITHDREW"));
        firstOfMarch = register(new NewMember(branchC, "三月").born(LocalDate.of(1982, 7, 5)).joined(LocalDate.of(2010, 3, 1)));
    }

    /** Validation and the record's rules ask the same clock as the job: "today" is one date everywhere. */
    @Test
    void aDateAfterTheClocksTodayIsInTheFutureForValidationToo() {
        Map<String, Object> tomorrow = member(branchA, "明天", "MALE", idNumber(LocalDate.of(1990, 1, 1), true), null,
                "1990-01-01");
        tomorrow.put("joinDate", TODAY.plusDays(1).toString());
        MvcTestResult refused = post(cityAdmin, "/api/members", tomorrow);
        assertThat(refused).hasStatus(400);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactly("joinDate");

        tomorrow.put("joinDate", TODAY.toString());
        assertThat(post(cityAdmin, "/api/members", tomorrow)).as("the clock's today itself is fine").hasStatus(201);
    }

    @Test
    void todaysAnniversariesAreGreetedOnceWithTheirYearsInTheParty() {
        JsonNode first = run("");
        assertThat(first.get("date").asString()).isEqualTo("2026-02-28");
        assertThat(first.get("emitted").asInt()).isGreaterThanOrEqualTo(3);
        Map<Long, JsonNode> greeted = greetings(TODAY);
        assertThat(greeted).containsOnlyKeys(leapDay, twentyEighth, mobile);
        assertThat(greeted.get(leapDay).get("years").asInt()).isEqualTo(22);
        assertThat(greeted.get(twentyEighth).get("years").asInt()).isEqualTo(16);
        assertThat(greeted.get(mobile).get("years").asInt()).isEqualTo(26);
        assertThat(greeted.get(mobile).get("joinDate").asString()).isEqualTo("2000-02-28");
        assertThat(greeted.get(mobile).get("orgId").asString()).isEqualTo(String.valueOf(branchB));
        assertThat(greeted.get(mobile).get("name").asString()).isEqualTo("流动");

        JsonNode second = run("?date=2026-02-28");
        assertThat(second.get("found").asInt()).isEqualTo(first.get("found").asInt());
        assertThat(second.get("emitted").asInt()).isZero();
        daily.greetToday();
        assertThat(greetings(TODAY)).hasSize(3);

        // The relay sends them to dj.member.v1: Kafka acknowledged every one.
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM dj_outbox"
                + " WHERE event_type = 'dj.member.political-birthday.v1' AND topic = 'dj.member.v1' AND sent_at IS NULL"
                + " AND aggregate_id IN (?, ?, ?)", Integer.class, leapDay, twentyEighth, mobile) == 0);
    }

    @Test
    void theDailyJobUsesTheClocksDateAndALeapYearGreetsOnlyTheTwentyNinth() {
        daily.greetToday();
        assertThat(greetings(TODAY)).containsOnlyKeys(leapDay, twentyEighth, mobile);

        run("?date=2024-02-29");
        Map<Long, JsonNode> leap = greetings(LocalDate.of(2024, 2, 29));
        assertThat(leap).containsOnlyKeys(leapDay);
        assertThat(leap.get(leapDay).get("years").asInt()).isEqualTo(20);
    }

    @Test
    void onlyTheCityAdministratorRunsItAndNeverForADayToCome() {
        String orgAdmin = town1Admin;
        MvcTestResult refused = mvc.post().uri("/api/members/political-birthdays/run")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + orgAdmin).exchange();
        assertThat(refused).hasStatus(403);
        MvcTestResult future = post("?date=2026-03-01");
        assertThat(future).hasStatus(400);
        assertThat(body(future).get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(greetings(LocalDate.of(2026, 3, 1))).isEmpty();
    }

    /** The greetings in the outbox for this test's members on {@code day}, by member id. */
    private Map<Long, JsonNode> greetings(LocalDate day) {
        List<Long> mine = List.of(leapDay, twentyEighth, mobile, admittedThisYear, left, firstOfMarch);
        List<String> payloads = jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ?"
                + " AND aggregate_id IN (?, ?, ?, ?, ?, ?)", String.class, "dj.member.political-birthday.v1",
                mine.get(0), mine.get(1), mine.get(2), mine.get(3), mine.get(4), mine.get(5));
        Map<Long, JsonNode> byMember = new java.util.HashMap<>();
        for (String payload : payloads) {
            JsonNode event = json.readTree(payload);
            if (event.get("date").asString().equals(day.toString())) {
                assertThat(byMember.put(event.get("memberId").asLong(), event)).as("greeted twice").isNull();
            }
        }
        return byMember;
    }

    private JsonNode run(String query) {
        MvcTestResult result = post(query);
        assertThat(result).hasStatus(200);
        return body(result);
    }

    private MvcTestResult post(String query) {
        return mvc.post().uri("/api/members/political-birthdays/run" + query)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + cityAdmin).exchange();
    }

}
