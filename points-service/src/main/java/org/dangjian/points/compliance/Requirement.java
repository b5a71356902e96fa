package org.dangjian.points.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import org.dangjian.points.ledger.ActivityType;

/**
 * How often a branch must hold one kind of organisational life (DOMAIN.md, "Organisational life"), and to
 * which branches it applies: the committee meeting only to a branch that has a committee
 * ({@link BranchCommittee}). Which requirements there are is data: the organisational-life rules in force
 * ({@link OrgLifeRules}); the constants below are the national ones.
 */
public record Requirement(ActivityType type, Period period) {
    static final Requirement COMMITTEE_MONTHLY = new Requirement(ActivityType.COMMITTEE_MEETING, Period.MONTH);
    static final Requirement THEME_DAY_MONTHLY = new Requirement(ActivityType.THEME_DAY, Period.MONTH);
    static final Requirement GENERAL_MEETING_QUARTERLY = new Requirement(ActivityType.GENERAL_MEETING, Period.QUARTER);
    static final Requirement LECTURE_QUARTERLY = new Requirement(ActivityType.PARTY_LECTURE, Period.QUARTER);
    static final Requirement LIFE_MEETING_YEARLY = new Requirement(ActivityType.LIFE_MEETING, Period.YEAR);

    enum Status {
        MET, DUE, MISSED, NOT_APPLICABLE
    }

    public enum Period {
        MONTH, QUARTER, YEAR
    }

    private boolean needsACommittee() {
        return type == ActivityType.COMMITTEE_MEETING;
    }

    /** Whether a branch with {@code fullMembers} full members must hold this at all. */
    boolean appliesTo(BranchCommittee committee, int fullMembers) {
        return !needsACommittee() || committee.hasOne(fullMembers);
    }

    /** Why it does not apply to a branch it does not apply to; null when it applies to every branch. */
    String whyNotApplicable(BranchCommittee committee) {
        return needsACommittee() ? committee.whyNotApplicable() : null;
    }

    /**
     * The requirement's standing for a branch in {@code month}: NOT_APPLICABLE to a branch it does not
     * apply to (even if such a meeting was recorded), else MET once held in the period, MISSED when the
     * period ended before {@code today} without one, DUE while it runs.
     */
    Status statusFor(BranchCommittee committee, int fullMembers, int held, YearMonth month, LocalDate today) {
        if (!appliesTo(committee, fullMembers)) {
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
