package org.dangjian.points.rules;

/**
 * Every active member's total for a year recomputed under the rules in force; returns how many members.
 * Kept by the totals feature, which reads the rules: declared here so that a rule change can start it
 * without the rules depending on the totals.
 */
public interface YearRecalculation {
    int recalculate(int year);
}
