package org.dangjian.points.compliance;

import java.util.List;

/**
 * The organisational-life rules as data (rule set {@code organisational-life}): how often a branch holds each
 * kind of organisational life, and from how many full members a branch has a committee (whose monthly
 * meeting is asked of it only then).
 */
public record OrgLifeRules(List<Requirement> requirements, Integer fullMembersForACommittee) {

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
