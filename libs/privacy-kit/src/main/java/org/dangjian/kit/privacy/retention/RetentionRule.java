package org.dangjian.kit.privacy.retention;

import java.time.LocalDateTime;
import java.time.Period;

/**
 * One kind of personal data a service keeps only for a period: which rows are past it, and erasing or anonymising
 * them a batch at a time. A service declares its kinds as beans; privacy-kit runs them each night and shows what is
 * due. The period is the rule's default unless {@code dj.retention.periods.<kind>} sets another, never below
 * {@link #minimumPeriod()}.
 */
public interface RetentionRule {

    /** A stable code, e.g. {@code MESSAGE_LOG}. */
    String kind();

    /** What it is, in Chinese, as the portal shows it. */
    String label();

    RetentionAction action();

    Period defaultPeriod();

    /** The shortest period a setting may give (audit records: 6 months). */
    default Period minimumPeriod() {
        return Period.ZERO;
    }

    /** Rows past the period: older than {@code cutoff}. */
    long countDue(LocalDateTime cutoff);

    /** Erases or anonymises at most {@code limit} rows older than {@code cutoff}; how many. */
    int apply(LocalDateTime cutoff, int limit);
}
