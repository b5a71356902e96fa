package org.dangjian.points.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import org.dangjian.points.ledger.ActivityType;

/**
 * How often a branch must hold each kind of organisational life (DOMAIN.md, "Organisational life"; the
 * party lecture quarterly as is usual locally), and to which branches each applies: the committee meeting
 * only to a branch that has a committee ({@link BranchCommittee}). Party group meetings are recorded
 * ({@link ActivityType#GROUP_MEETING}) but not asked of a branch here: which branches have party groups
 * is not known to the platform yet.
 */
enum Requirement {
    COMMITTEE_MONTHLY(ActivityType.COMMITTEE_MEETING, Period.MONTH),
    THEME_DAY_MONTHLY(ActivityType.THEME_DAY, Period.MONTH),
    GENERAL_MEETING_QUARTERLY(ActivityType.GENERAL_MEETING, Period.QUARTER),
    LECTURE_QUARTERLY(ActivityType.PARTY_LECTURE, Period.QUARTER),
    LIFE_MEETING_YEARLY(ActivityType.LIFE_MEETING, Period.YEAR);

    enum Status {
        MET, DUE, MISSED, NOT_APPLICABLE
    }

    enum Period {
        MONTH, QUARTER, YEAR
    }

    private final ActivityType type;
    private final Period period;

    Requirement(ActivityType type, Period period) {
        this.type = type;
        this.period = period;
    }

    ActivityType type() {
        return type;
    }

    /** Whether a branch with {@code fullMembers} full members must hold this at all. */
    boolean appliesTo(int fullMembers) {
        return this != COMMITTEE_MONTHLY || BranchCommittee.hasOne(fullMembers);
    }

    /** Why it does not apply to a branch it does not apply to; null when it applies to every branch. */
    String whyNotApplicable() {
        return this == COMMITTEE_MONTHLY ? BranchCommittee.whyNotApplicable() : null;
    }

    /**
     * The requirement's standing for a branch in {@code month}: NOT_APPLICABLE to a branch it does not
     * apply to (even if such a meeting was recorded), else MET once held in the period, MISSED when the
     * period ended before {@code today} without one, DUE while it runs.
     */
    Status statusFor(int fullMembers, int held, YearMonth month, LocalDate today) {
        if (!appliesTo(fullMembers)) {
            return Status.NOT_APPLICABLE;
        }
        if (held > 0) {
            return Status.MET;
        }
        return span(month)[1].isBefore(today) ? Status.MISSED : Status.DUE;
    }

    /** The period of this requirement that contains {@code month}: its first and last day. */
    LocalDate[] span(YearMonth month) {
        return switch (period) {
            case MONTH -> new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            case QUARTER -> {
                YearMonth first = YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
                yield new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
            }
            case YEAR -> new LocalDate[] {month.atDay(1).withDayOfYear(1), month.atDay(1).withMonth(12).withDayOfMonth(31)};
        };
    }

    /** How the period is written: 2026-11, 2026-Q4, 2026. */
    String label(YearMonth month) {
        return switch (period) {
            case MONTH -> month.toString();
            case QUARTER -> month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(month.getYear());
        };
    }
}
