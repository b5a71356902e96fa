package org.dangjian.points.compliance;

/**
 * Whether a branch has a branch committee (支部委员会), which is what holds the monthly committee meeting.
 * 《中国共产党支部工作条例（试行）》(2018), chapter 6: a branch with 7 or more full members (正式党员) sets up
 * a committee; one with fewer has a secretary (and, if needed, a deputy) and no committee. Probationary
 * members do not count. The number is part of the organisational-life rules ({@link OrgLifeRules}), 7 nationally.
 */
record BranchCommittee(int fullMembersForACommittee) {
    /** 正式党员7人以上的党支部，设立党支部委员会. */
    static final BranchCommittee NATIONAL = new BranchCommittee(7);

    boolean hasOne(int fullMembers) {
        return fullMembers >= fullMembersForACommittee;
    }

    /** Why the committee meeting is not asked of a branch without a committee, as the report says it. */
    String whyNotApplicable() {
        return "正式党员不足" + fullMembersForACommittee + "人的党支部不设支部委员会";
    }
}
