package org.dangjian.kit.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official calendars, one per year, in {@code holiday_calendar} (2026 shipped by the kit's migration from the
 * State Council's notice). transfer-service keeps the calendar the city administrator sets
 * ({@code PUT /api/transfers/calendar/{year}}) and announces each year it sets ({@code HolidayCalendarSet});
 * every other service that counts working days keeps a copy from those events ({@link HolidayCalendarFollower}). Working days are counted on every registration, decision and overdue list, so the whole
 * table (a few dozen rows a year) is kept in memory for a short while ({@code dj.calendar.cache},
 * 30 s): a replaced year counts at once on the replica that saved it, and within that time on the others.
 */
public class HolidayCalendars {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keepFor;
    private volatile Loaded loaded;

    private record Loaded(OfficialCalendar calendar, Instant at) {
    }

    public HolidayCalendars(JdbcClient jdbc, Clock clock, Duration keepFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    /** Every year's calendar as it stands now (at most the cache time old). */
    public OfficialCalendar current() {
        Loaded l = loaded;
        Instant now = clock.instant();
        if (l == null || !now.isBefore(l.at().plus(keepFor)) || now.isBefore(l.at())) {
            l = new Loaded(OfficialCalendar.of(all()), now);
            loaded = l;
        }
        return l.calendar();
    }

    public Optional<YearCalendar> of(int year) {
        return jdbc.sql("SELECT source FROM holiday_calendar_year WHERE year = ?").param(year)
                .query(String.class).optional()
                .map(source -> new YearCalendar(year, source, jdbc.sql(
                                "SELECT day, kind, festival FROM holiday_calendar WHERE year = ?").param(year)
                        .query((rs, i) -> new CalendarDay(rs.getObject(1, LocalDate.class),
                                CalendarDayKind.valueOf(rs.getString(2)), rs.getString(3)))
                        .list()));
    }

    /** Replaces the year's calendar as a whole: days it no longer names become ordinary days again. */
    @Transactional
    public void replace(YearCalendar calendar, Long accountId) {
        jdbc.sql("INSERT INTO holiday_calendar_year (year, source, updated_by, updated_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE source = VALUES(source), updated_by = VALUES(updated_by),"
                        + " updated_at = VALUES(updated_at)")
                .params(calendar.year(), calendar.source(), accountId, Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("DELETE FROM holiday_calendar WHERE year = ?").param(calendar.year()).update();
        for (CalendarDay day : calendar.days()) {
            jdbc.sql("INSERT INTO holiday_calendar (day, year, kind, festival) VALUES (?, ?, ?, ?)")
                    .params(day.date(), calendar.year(), day.kind().name(), day.festival())
                    .update();
        }
        loaded = null;
    }

    private List<YearCalendar> all() {
        Map<Integer, String> sources = new LinkedHashMap<>();
        jdbc.sql("SELECT year, source FROM holiday_calendar_year").query(rs -> {
            sources.put(rs.getInt(1), rs.getString(2));
        });
        Map<Integer, List<CalendarDay>> days = new LinkedHashMap<>();
        jdbc.sql("SELECT year, day, kind, festival FROM holiday_calendar").query(rs -> {
            days.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>()).add(new CalendarDay(
                    rs.getObject(2, LocalDate.class), CalendarDayKind.valueOf(rs.getString(3)), rs.getString(4)));
        });
        return sources.entrySet().stream()
                .map(e -> new YearCalendar(e.getKey(), e.getValue(), days.getOrDefault(e.getKey(), List.of())))
                .toList();
    }
}
