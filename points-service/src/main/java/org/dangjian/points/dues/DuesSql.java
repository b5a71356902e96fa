package org.dangjian.points.dues;

/**
 * SQL the arrears and the summaries share: what a member owes for a month of a year is the reduction's
 * amount where one covers the month, else the base's; nothing before the month of admission (the vote
 * that made them a probationary member, their join date) and nothing without a base for the year.
 */
final class DuesSql {
    /** The twelve months as rows, written out so that MySQL 8 and MariaDB both run it. */
    static final String MONTHS = "(SELECT 1 AS m UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
            + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9"
            + " UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12)";
    /** The first month of {@code :year} the member of {@code r} (member_ref) owes; 13: none. */
    static final String FIRST_MONTH = "CASE WHEN r.join_date IS NULL OR YEAR(r.join_date) < :year THEN 1"
            + " WHEN YEAR(r.join_date) = :year THEN MONTH(r.join_date) ELSE 13 END";
    /** The reduction {@code x} covering month {@code %s} of {@code :year}, if any. */
    static final String REDUCTION = " LEFT JOIN dues_reduction x ON x.member_id = r.member_id AND x.year = :year"
            + " AND %1$s BETWEEN x.from_month AND x.to_month";
    static final String PAYMENT = " LEFT JOIN dues_payment p ON p.member_id = r.member_id AND p.year = :year"
            + " AND p.month = %1$s";
    static final String DUE = "COALESCE(x.monthly_amount, b.monthly_amount)";
    /**
     * Joins a dues table (alias {@code %s}) to the roster: dues rows carry no path of their own, so the kit's
     * scope reaches them through their member's row in {@code member_ref} (see {@code RosterMember}).
     */
    static final String ROSTER = " JOIN member_ref r ON r.member_id = %1$s.member_id";

    private DuesSql() {
    }
}
