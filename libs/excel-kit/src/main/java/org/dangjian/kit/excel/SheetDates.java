package org.dangjian.kit.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as they come out of spreadsheets: typed as text (2021-07-01, 2021/7/1, 2021.7.1, 2021年7月1日),
 * or a date cell, which FastExcel hands over formatted (possibly with a time of day) or, for an
 * unformatted cell, as Excel's serial day number.
 */
public final class SheetDates {
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{4,5}(?:\\.0+)?");
    /** Excel's day 0 (its 1900 leap-year bug makes 1899-12-30 the base for every date after February 1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private SheetDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        Matcher m = YMD.matcher(text);
        try {
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (SERIAL.matcher(text).matches()) {
            return Optional.of(EXCEL_EPOCH.plusDays((long) Double.parseDouble(text)));
        }
        return Optional.empty();
    }
}
