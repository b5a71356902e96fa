package org.dangjian.member.record.standing;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.member.record.MemberStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1} (full date: {2}): {3}")
    @CsvSource({
            // a probationary member is confirmed or leaves, and is never demoted back
            "PROBATIONARY, FULL,         false, true",
            "PROBATIONARY, LEFT,         false, true",
            "FULL,         PROBATIONARY, true,  false",
            // a mobile member comes back to what they were
            "FULL,         MOBILE,       true,  true",
            "MOBILE,       FULL,         true,  true",
            "MOBILE,       PROBATIONARY, true,  false",
            "MOBILE,       PROBATIONARY, false, true",
            "MOBILE,       FULL,         false, false",
            // a suspended member is restored or leaves
            "FULL,         SUSPENDED,    true,  true",
            "SUSPENDED,    FULL,         true,  true",
            "SUSPENDED,    MOBILE,       true,  false",
            "FULL,         DECEASED,     true,  true"})
    void standingFollowsTheRules(MemberStatus from, MemberStatus to, boolean hasFullDate, boolean allowed) {
        assertThat(StatusTransitions.allowed(from, to, hasFullDate)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(MemberStatus.class)
    void leftAndDeceasedAreFinal(MemberStatus to) {
        assertThat(StatusTransitions.allowed(MemberStatus.LEFT, to, true)).isFalse();
        assertThat(StatusTransitions.allowed(MemberStatus.DECEASED, to, true)).isFalse();
    }
}
