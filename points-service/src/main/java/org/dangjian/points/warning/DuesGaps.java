package org.dangjian.points.warning;

import java.time.LocalDate;
import java.util.Map;

/**
 * Members whose dues are unpaid for consecutive months up to the month before {@code asOf}, by member;
 * kept by the dues feature (members who owe nothing are absent).
 */
public interface DuesGaps {
    Map<Long, Gap> unpaidRuns(LocalDate asOf);
}
