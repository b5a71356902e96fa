package org.dangjian.member.record.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.member.record.MemberStatus.DECEASED;
import static org.dangjian.member.record.MemberStatus.FULL;
import static org.dangjian.member.record.MemberStatus.LEFT;
import static org.dangjian.member.record.MemberStatus.MOBILE;
import static org.dangjian.member.record.MemberStatus.PROBATIONARY;
import static org.dangjian.member.record.MemberStatus.SUSPENDED;

import org.dangjian.member.record.MemberStatus;
import org.junit.jupiter.api.Test;

class StatusTransitionsTest {

    @Test
    void aProbationaryMemberIsConfirmedOrLeavesButIsNeverDemotedBack() {
        assertThat(StatusTransitions.allowed(PROBATIONARY, FULL, false)).isTrue();
        assertThat(StatusTransitions.allowed(PROBATIONARY, LEFT, false)).isTrue();
        assertThat(StatusTransitions.allowed(FULL, PROBATIONARY, true)).isFalse();
    }

    @Test
    void aMobileMemberComesBackToWhatTheyWere() {
        assertThat(StatusTransitions.allowed(FULL, MOBILE, true)).isTrue();
        assertThat(StatusTransitions.allowed(MOBILE, FULL, true)).isTrue();
        assertThat(StatusTransitions.allowed(MOBILE, PROBATIONARY, true)).isFalse();
        assertThat(StatusTransitions.allowed(MOBILE, PROBATIONARY, false)).isTrue();
        assertThat(StatusTransitions.allowed(MOBILE, FULL, false)).isFalse();
    }

    @Test
    void aSuspendedMemberIsRestoredOrLeaves() {
        assertThat(StatusTransitions.allowed(FULL, SUSPENDED, true)).isTrue();
        assertThat(StatusTransitions.allowed(SUSPENDED, FULL, true)).isTrue();
        assertThat(StatusTransitions.allowed(SUSPENDED, MOBILE, true)).isFalse();
    }

    @Test
    void leftAndDeceasedAreFinal() {
        for (MemberStatus to : MemberStatus.values()) {
            assertThat(StatusTransitions.allowed(LEFT, to, true)).isFalse();
            assertThat(StatusTransitions.allowed(DECEASED, to, true)).isFalse();
        }
    }
}
