package org.dangjian.points.totals;

import java.util.Collection;
import java.util.Map;

/**
 * Months of the year so far for which members owe dues (the deduction the rules make for each).
 * Kept by the dues feature; members absent from the answer owe nothing.
 */
public interface DuesArrears {
    Map<Long, Integer> unpaidMonths(Collection<Long> memberIds, int year);

    Map<Long, Integer> unpaidMonthsOfAll(int year);
}
