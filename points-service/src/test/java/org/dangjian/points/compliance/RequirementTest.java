package org.dangjian.points.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.dangjian.points.compliance.Requirement.Status;
import org.junit.jupiter.api.Test;

/** The rules of compliance, without Spring. */
class RequirementTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDate IN_APRIL = LocalDate.of(2026, 4, 2);
    private static final BranchCommittee SEVEN = BranchCommittee.NATIONAL;

    @Test
    void theCommitteeMeetingIsAskedOfABranchFromSevenFullMembers() {
        assertThat(OrgLifeRules.national().fullMembersForACommittee()).isEqualTo(7);
        assertThat(Requirement.COMMITTEE_MONTHLY.statusFor(SEVEN, 6, 0, MARCH, IN_APRIL)).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(Requirement.COMMITTEE_MONTHLY.statusFor(SEVEN, 7, 0, MARCH, IN_APRIL)).isEqualTo(Status.MISSED);
    }

    @Test
    void aCommitteeMeetingRecordedByABranchWithoutACommitteeDoesNotMakeTheRequirementApply() {
        assertThat(Requirement.COMMITTEE_MONTHLY.statusFor(SEVEN, 3, 1, MARCH, IN_APRIL)).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void everyOtherRequirementAppliesToEveryBranchWhateverItsSize() {
        for (Requirement r : OrgLifeRules.national().requirements()) {
            if (!r.equals(Requirement.COMMITTEE_MONTHLY)) {
                assertThat(r.appliesTo(SEVEN, 0)).as(r.type().name()).isTrue();
                assertThat(r.whyNotApplicable(SEVEN)).as(r.type().name()).isNull();
            }
        }
        assertThat(Requirement.THEME_DAY_MONTHLY.statusFor(SEVEN, 0, 0, MARCH, IN_APRIL)).isEqualTo(Status.MISSED);
    }

    @Test
    void aRequirementIsDueWhileItsPeriodRunsAndMetOnceHeld() {
        LocalDate inMarch = LocalDate.of(2026, 3, 20);
        assertThat(Requirement.GENERAL_MEETING_QUARTERLY.statusFor(SEVEN, 9, 0, MARCH, inMarch)).isEqualTo(Status.DUE);
        assertThat(Requirement.LECTURE_QUARTERLY.statusFor(SEVEN, 9, 0, YearMonth.of(2026, 2), inMarch)).as("the quarter runs to March's end")
                .isEqualTo(Status.DUE);
        assertThat(Requirement.COMMITTEE_MONTHLY.statusFor(SEVEN, 9, 1, MARCH, inMarch)).isEqualTo(Status.MET);
    }

    @Test
    void aLocalityMayAskTheCommitteeMeetingFromAnotherNumberOfFullMembers() {
        BranchCommittee five = new BranchCommittee(5);
        assertThat(Requirement.COMMITTEE_MONTHLY.statusFor(five, 6, 0, MARCH, IN_APRIL)).isEqualTo(Status.MISSED);
        assertThat(Requirement.COMMITTEE_MONTHLY.whyNotApplicable(five)).contains("不足5人");
    }
}
