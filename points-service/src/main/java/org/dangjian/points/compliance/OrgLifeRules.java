package org.dangjian.points.compliance;

import java.util.List;

/**
 * The organisational-life rules as data (rule set {@code organisational-life}): how often a branch holds each
 * kind of organisational life, and from how many full members a branch has a committee (whose monthly
 * meeting is asked of it only then).
 */
public record OrgLifeRules(List<Requirement> requirements, Integer fullMembersForACommittee,
                           Integer warnAfterMonthsWithout, Integer flagAfterMonthsWithout) {
    /** DOMAIN.md: more than 6 months without organisational life is for people to weigh (a flag); 3 is a warning. */
    public static final int NATIONAL_WARN_MONTHS = 3;
    public static final int NATIONAL_FLAG_MONTHS = 6;

    public OrgLifeRules(List<Requirement> requirements, Integer fullMembersForACommittee) {
        this(requirements, fullMembersForACommittee, NATIONAL_WARN_MONTHS, NATIONAL_FLAG_MONTHS);
    }

    /** Months without organisational life before a member is warned about; a value set without it keeps the national one. */
    public int warnAt() {
        return warnAfterMonthsWithout == null ? NATIONAL_WARN_MONTHS : warnAfterMonthsWithout;
    }

    /** ... and before the warning is flagged for people to weigh. */
    public int flagAt() {
        return flagAfterMonthsWithout == null ? NATIONAL_FLAG_MONTHS : flagAfterMonthsWithout;
    }

    /**
     * 《中国共产党支部工作条例（试行）》(2018) as DOMAIN.md gives it: branch general meeting quarterly, committee
     * meeting monthly, theme Party day monthly, organisational-life meeting at least yearly; the party lecture
     * quarterly, as is usual locally; a committee from 7 full members. Party group meetings are recorded but not
     * asked here: which branches have party groups is not known to the platform yet.
     */
    public static OrgLifeRules national() {
        return new OrgLifeRules(List.of(Requirement.COMMITTEE_MONTHLY, Requirement.THEME_DAY_MONTHLY,
                Requirement.GENERAL_MEETING_QUARTERLY, Requirement.LECTURE_QUARTERLY, Requirement.LIFE_MEETING_YEARLY),
                BranchCommittee.NATIONAL.fullMembersForACommittee());
    }

    BranchCommittee committee() {
        return new BranchCommittee(fullMembersForACommittee);
    }
}
