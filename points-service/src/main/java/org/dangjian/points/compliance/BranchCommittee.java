package org.dangjian.points.compliance;

/**
 * Whether a branch has a branch committee (支部委员会), which is what holds the monthly committee meeting.
 * 《中国共产党支部工作条例（试行）》(2018), chapter 6: a branch with 7 or more full members (正式党员) sets up
 * a committee; one with fewer has a secretary (and, if needed, a deputy) and no committee. Probationary
 * members do not count.
 *
 * <p>A national rule held as a named constant because the meeting frequencies beside it are not
 * configurable yet; issue 18 item 12 (rules as data) moves it into the effective-dated rules.
 */
final class BranchCommittee {
    /** 正式党员7人以上的党支部，设立党支部委员会. */
    static final int FULL_MEMBERS_FOR_A_COMMITTEE = 7;

    private BranchCommittee() {
    }

    static boolean hasOne(int fullMembers) {
        return fullMembers >= FULL_MEMBERS_FOR_A_COMMITTEE;
    }

    /** Why the committee meeting is not asked of a branch without a committee, as the report says it. */
    static String whyNotApplicable() {
        return "正式党员不足" + FULL_MEMBERS_FOR_A_COMMITTEE + "人的党支部不设支部委员会";
    }
}
