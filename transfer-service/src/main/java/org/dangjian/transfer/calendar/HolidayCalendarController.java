package org.dangjian.transfer.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.calendar.CalendarDay;
import org.dangjian.kit.calendar.CalendarDayKind;
import org.dangjian.kit.calendar.HolidayCalendars;
import org.dangjian.kit.calendar.YearCalendar;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The official holiday calendar that due dates go by: anyone signed in reads a year; the city administrator
 * sets a year from the State Council's notice when it is published (each November, for the year after).
 */
@RestController
@RequestMapping("/api/transfers/calendar")
@Tag(name = "节假日安排", description = "国务院办公厅公布的放假与调休上班日期，审批期限按工作日计算时依此。"
        + "The State Council's holidays and adjusted working days, which the working-day due dates go by.")
class HolidayCalendarController {
    private static final String NOTICE_2026 = "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）";
    private final HolidayCalendars calendars;
    private final CalendarSetting setting;

    HolidayCalendarController(HolidayCalendars calendars, CalendarSetting setting) {
        this.calendars = calendars;
        this.setting = setting;
    }

    @Schema(description = "通知中的一天。One day the notice names.")
    record HolidayCalendarDay(
            @Schema(description = "日期。The date.", example = "2026-10-01") @NotNull LocalDate date,
            @NotNull CalendarDayKind kind,
            @Schema(description = "所属节日。The festival whose block it belongs to.", example = "国庆节")
            @NotBlank @Size(max = 20) String festival) {
        static HolidayCalendarDay of(CalendarDay d) {
            return new HolidayCalendarDay(d.date(), d.kind(), d.festival());
        }

        CalendarDay toDay() {
            return new CalendarDay(date, kind, festival.strip());
        }
    }

    @Schema(description = "一年的节假日安排。One year's holidays and adjusted working days.")
    record HolidayCalendarView(
            @Schema(description = "年份。The year.", example = "2026") int year,
            @Schema(description = "所依据的通知。The notice it follows.", example = NOTICE_2026) String source,
            @Schema(description = "放假的天数（含其中的周末）。How many days off, weekend days of the blocks included.",
                    example = "33") int daysOff,
            @Schema(description = "调休上班的天数。How many weekend days are working days.", example = "6")
            int workingDays,
            @Schema(description = "通知所列的每一天，按日期排序。Each day the notice names, by date.")
            List<HolidayCalendarDay> days) {
        static HolidayCalendarView of(YearCalendar c) {
            return new HolidayCalendarView(c.year(), c.source(), c.daysOff().size(), c.workingDays().size(),
                    c.days().stream().map(HolidayCalendarDay::of).toList());
        }
    }

    @Schema(description = "一年的完整安排，整体替换该年已有的安排。A year's whole calendar; it replaces the year's one.")
    record HolidayCalendarRequest(
            @Schema(description = "所依据的通知（标题与文号）。The notice it is typed from, title and number.",
                    example = NOTICE_2026)
            @NotBlank @Size(max = 300) String source,
            @Schema(description = "放假日（节日放假期间的每一天，含周末）和调休上班日（周六或周日）。"
                    + "Every day off of each holiday block, weekend days included, and each Saturday or"
                    + " Sunday made a working day.")
            @NotEmpty @Size(max = 100) List<@Valid @NotNull HolidayCalendarDay> days) {
    }

    @GetMapping("/{year}")
    @Operation(operationId = "getHolidayCalendar", summary = "查看一年的节假日安排", description = """
            One year's official calendar: the days off and the weekend days made working days, with the notice \
            they follow. Due dates and overdue counts go by it; a year with none counts Monday to Friday (404 \
            here, TRANSFER_CALENDAR_NOT_SET). Anyone signed in.""")
    HolidayCalendarView get(@Parameter(description = "年份。The year.", example = "2026") @PathVariable int year) {
        return calendars.of(year).map(HolidayCalendarView::of)
                .orElseThrow(() -> ApiException.notFound("TRANSFER_CALENDAR_NOT_SET"));
    }

    @PutMapping("/{year}")
    @CityAdminOnly
    @Operation(operationId = "saveHolidayCalendar", summary = "设置一年的节假日安排", description = """
            Sets a year's calendar from the State Council General Office's notice (国务院办公厅关于某年部分节假日\
            安排的通知), replacing the year's one as a whole: days left out become ordinary days again. Each day \
            lies in the year and appears once; an adjusted working day is a Saturday or a Sunday. Due dates set \
            from then on, and overdue counts, go by it: at once on this replica, within the calendar cache time \
            (30 s) on the others; due dates already set stay. Announced to the services that count working days             (dj.transfer.holiday-calendar-set.v1). The city administrator only (@CityAdminOnly).""")
    @ApiResponse(responseCode = "200", description = "已保存，答复该年现行的安排。Saved; the year's calendar now in force.")
    @ApiResponse(responseCode = "400", description = "请求有误。Bad request, code VALIDATION_FAILED: besides the field"
            + " limits, the year is outside 2000-2100 (TRANSFER_CALENDAR_YEAR_OUT_OF_RANGE), a date is in another year"
            + " (TRANSFER_CALENDAR_DAY_OUTSIDE_YEAR), appears twice (TRANSFER_CALENDAR_DAY_TWICE), or a working day"
            + " is not a Saturday or Sunday (TRANSFER_CALENDAR_WORKING_DAY_NOT_WEEKEND).")
    HolidayCalendarView put(@Parameter(description = "年份。The year.", example = "2027") @PathVariable int year,
                 @Valid @RequestBody HolidayCalendarRequest request) {
        List<CalendarDay> days = request.days().stream().map(HolidayCalendarDay::toDay).toList();
        CalendarRules.check(year, days);
        setting.set(new YearCalendar(year, request.source().strip(), days), CurrentUsers.get().accountId());
        return calendars.of(year).map(HolidayCalendarView::of).orElseThrow();
    }
}
