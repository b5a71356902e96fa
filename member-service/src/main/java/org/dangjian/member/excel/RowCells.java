package org.dangjian.member.excel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.kit.excel.SheetDates;
import org.dangjian.kit.excel.SheetRow;

/** Reads one row's cells by column header, reporting each unreadable cell under its column. */
final class RowCells {
    private final SheetRow row;
    private final List<RowProblem> problems;

    RowCells(SheetRow row, List<RowProblem> problems) {
        this.row = row;
        this.problems = problems;
    }

    /** The cell's text; a missing required cell or a too long one is reported (and read as null). */
    String text(String column, int maxLength, boolean required) {
        String value = row.cell(MemberSheet.column(column));
        if (value == null) {
            if (required) {
                report(column, "MEMBER_IMPORT_REQUIRED");
            }
            return null;
        }
        if (value.length() > maxLength) {
            report(column, "MEMBER_IMPORT_TOO_LONG", maxLength);
            return null;
        }
        return value;
    }

    /** A cell that must be one of a set of words; {@code invalidCode} gets the cell's text as {0}. */
    <T> T choice(String column, boolean required, Function<String, Optional<T>> parse, String invalidCode,
                 Object... allowed) {
        String value = text(column, 100, required);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            Object[] args = new Object[allowed.length + 1];
            args[0] = value;
            System.arraycopy(allowed, 0, args, 1, allowed.length);
            report(column, invalidCode, args);
        }
        return parsed.orElse(null);
    }

    LocalDate date(String column, boolean required) {
        return choice(column, required, SheetDates::parse, "MEMBER_IMPORT_DATE_INVALID");
    }

    void report(String column, String code, Object... args) {
        problems.add(new RowProblem(row.rowNumber(), column, code, args));
    }
}
