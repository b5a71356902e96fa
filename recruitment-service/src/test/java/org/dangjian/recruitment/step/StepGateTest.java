package org.dangjian.recruitment.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.calendar.CalendarDay;
import org.dangjian.kit.calendar.CalendarDayKind;
import org.dangjian.kit.calendar.OfficialCalendar;
import org.dangjian.kit.calendar.WorkingDays;
import org.dangjian.kit.calendar.YearCalendar;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.recruitment.cases.StepDates;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.CatalogueDocument;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The gate on the national catalogue, without Spring: order, time rules, what cannot be recorded yet, fields. */
class StepGateTest {
    /** The 2026 National Day block of the State Council's notice, as calendar-kit ships it. */
    private static final StepDates DATES = new StepDates(new WorkingDays(() -> OfficialCalendar.of(List.of(
            new YearCalendar(2026, "国办发明电〔2025〕7号", java.util.stream.Stream.concat(
                    java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(d ->
                            new CalendarDay(LocalDate.of(2026, 10, d), CalendarDayKind.DAY_OFF, "国庆节")),
                    java.util.stream.Stream.of(
                            new CalendarDay(LocalDate.of(2026, 9, 20), CalendarDayKind.WORKING_DAY, "国庆节"),
                            new CalendarDay(LocalDate.of(2026, 10, 10), CalendarDayKind.WORKING_DAY, "国庆节"))).toList())))));
    private static Catalogue national;

    @BeforeAll
    static void readTheNationalCatalogue() throws IOException {
        try (InputStream in = StepGateTest.class.getResourceAsStream("/catalogue/national.json")) {
            national = new Catalogue(1, null, JsonMapper.builder().build().readValue(in, CatalogueDocument.class), null,
                    Instant.EPOCH);
        }
    }

    @Test
    void aStepTooEarlyIsRefusedWithTheFirstAllowedDate() {
        Map<String, LocalDate> recorded = upTo("N06", LocalDate.of(2026, 3, 15));

        ApiException early = catchThrowableOfType(ApiException.class,
                () -> StepGate.onTime(DATES, national, step("N07"), recorded, LocalDate.of(2027, 3, 14)));

        assertThat(early.code()).isEqualTo(StepGate.TOO_EARLY);
        assertThat(early.args()).containsExactly("N07", "2027-03-15", "N03", "2026-03-15", "1", "年", "year");
        assertThatCode(() -> StepGate.onTime(DATES, national, step("N07"), recorded, LocalDate.of(2027, 3, 15)))
                .doesNotThrowAnyException();
    }

    @Test
    void aStepBeforeThePreviousOneIsRefusedNamingIt() {
        Map<String, LocalDate> recorded = upTo("N01", LocalDate.of(2026, 1, 5));

        ApiException outOfOrder = catchThrowableOfType(ApiException.class,
                () -> StepGate.inOrder(national, step("N03"), recorded));

        assertThat(outOfOrder.code()).isEqualTo(StepGate.PREVIOUS_FIRST);
        assertThat(outOfOrder.args()).containsExactly("N03", "N02", "党组织派人谈话");
    }

    @Test
    void aStepIsRecordedOnce() {
        ApiException twice = catchThrowableOfType(ApiException.class,
                () -> StepGate.inOrder(national, step("N02"), upTo("N02", LocalDate.of(2026, 1, 5))));
        assertThat(twice.code()).isEqualTo(StepGate.ALREADY_RECORDED);
    }

    @Test
    void aStepAfterItsLatestDateIsRefused() {
        Map<String, LocalDate> recorded = upTo("N16", LocalDate.of(2026, 3, 15));
        recorded.put("N15", LocalDate.of(2026, 3, 15));

        ApiException late = catchThrowableOfType(ApiException.class,
                () -> StepGate.onTime(DATES, national, step("N17"), recorded, LocalDate.of(2026, 9, 16)));

        assertThat(late.code()).isEqualTo(StepGate.TOO_LATE);
        assertThat(late.args()[1]).as("six months after the branch meeting").isEqualTo("2026-09-15");
    }

    @Test
    void aPublicNoticeRunsFiveWorkingDaysOfTheOfficialCalendar() {
        LocalDate friday = LocalDate.of(2026, 3, 13);
        assertThat(DATES.firstAllowed(step("N04"), upTo("N03", friday)).orElseThrow().date())
                .as("five working days of notice after a Friday end on the next Friday").isEqualTo(LocalDate.of(2026, 3, 20));

        // designated Wednesday 30 September 2026: National Day 1-7 October off, Saturday 10 October works
        LocalDate beforeNationalDay = LocalDate.of(2026, 9, 30);
        assertThat(DATES.firstAllowed(step("N04"), upTo("N03", beforeNationalDay)).orElseThrow().date())
                .as("8, 9, 10 (Saturday, worked), 12, 13 October").isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void aDueDateFollowsItsRuleWithoutRefusingALateStep() {
        Map<String, LocalDate> recorded = upTo("N01", LocalDate.of(2026, 1, 31));

        assertThat(DATES.due(step("N02"), recorded).orElseThrow().date()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatCode(() -> StepGate.onTime(DATES, national, step("N02"), recorded, LocalDate.of(2026, 6, 1)))
                .doesNotThrowAnyException();
    }

    @Test
    void aStepThatNeedsWhatThePlatformCannotRecordYetIsRefusedNamingIt() {
        assertThat((String) refusal("N05").args()[1]).isEqualTo("培养联系人");
        assertThat((String) refusal("N07").args()[1]).as("Kunshan's e-exam").contains("考试");
        assertThat((String) refusal("N15").args()[1]).as("the vote and its photo").contains("表决").contains("照片");
        assertThat((String) refusal("N17").args()[1]).as("the approval admits").contains("审批结果");
        assertThatCode(() -> StepGate.supported(step("N02"), List.of())).doesNotThrowAnyException();
        assertThatCode(() -> StepGate.supported(step("N04"), List.of())).doesNotThrowAnyException();
    }

    @Test
    void aStepsFieldsAreCheckedAgainstItsCatalogueEntry() {
        assertThat(FieldCheck.problems(step("N11"), Map.of("classHours", 20)))
                .containsExactly(new FieldProblem("fields.classHours", FieldCheck.BELOW_MIN));
        assertThat(FieldCheck.problems(step("N11"), Map.of("classHours", "24"))).isEmpty();
        assertThat(FieldCheck.problems(step("N11"), Map.of("classHours", "三天")))
                .containsExactly(new FieldProblem("fields.classHours", FieldCheck.NOT_A_NUMBER));
        assertThat(FieldCheck.problems(step("N03"), Map.of("method", "自荐")))
                .containsExactly(new FieldProblem("fields.method", FieldCheck.NOT_A_CHOICE));
        assertThat(FieldCheck.problems(step("N02"), Map.of("note", "x")))
                .containsExactly(new FieldProblem("fields.note", FieldCheck.UNKNOWN),
                        new FieldProblem("fields.talker", FieldCheck.REQUIRED));
    }

    private static ApiException refusal(String code) {
        ApiException e = catchThrowableOfType(ApiException.class, () -> StepGate.supported(step(code), List.of()));
        assertThat(e.code()).isEqualTo(StepGate.NOT_YET_SUPPORTED);
        return e;
    }

    private static StepDefinition step(String code) {
        return national.step(code);
    }

    /** Every step up to {@code last} recorded on the same day. */
    private static Map<String, LocalDate> upTo(String last, LocalDate day) {
        Map<String, LocalDate> recorded = new LinkedHashMap<>();
        for (StepDefinition s : national.steps()) {
            recorded.put(s.code(), day);
            if (s.code().equals(last)) {
                break;
            }
        }
        return recorded;
    }
}
