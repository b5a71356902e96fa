package org.dangjian.cadre.quarter;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q4} in the API and the tables. */
public record Quarter(int year, int number) {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final String[] NUMERALS = {"一", "二", "三", "四"};

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Optional<Quarter> parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        return m != null && m.matches()
                ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, number * 3 - 2, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** 2026年第四季度 */
    public String label() {
        return year + "年第" + NUMERALS[number - 1] + "季度";
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
