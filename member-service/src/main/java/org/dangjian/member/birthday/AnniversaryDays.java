package org.dangjian.member.birthday;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Whose admission anniversary a day is, as month * 100 + day (the stored {@code join_month_day}). Those
 * admitted on 29 February are greeted on 28 February in years without one.
 */
final class AnniversaryDays {
    private AnniversaryDays() {
    }

    static List<Integer> of(LocalDate day) {
        int md = code(MonthDay.from(day));
        if (!day.isLeapYear() && md == 228) {
            return List.of(228, 229);
        }
        return List.of(md);
    }

    static int code(MonthDay md) {
        return md.getMonthValue() * 100 + md.getDayOfMonth();
    }
}
