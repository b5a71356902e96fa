package org.dangjian.contracts.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How consumers read version-one member events (still in the topic when they upgrade) in the v2 meaning. */
class MembershipStatusTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void versionOneStatusesMapToStandingStateAndMobility() {
        assertThat(MembershipStatus.fromV1("FULL", null, null)).isEqualTo(new MembershipStatus("FULL", "ACTIVE", null, false));
        assertThat(MembershipStatus.fromV1("PROBATIONARY", null, null))
                .isEqualTo(new MembershipStatus("PROBATIONARY", "ACTIVE", null, false));
        assertThat(MembershipStatus.fromV1("MOBILE", null, "PROBATIONARY"))
                .isEqualTo(new MembershipStatus("PROBATIONARY", "ACTIVE", null, true));
        assertThat(MembershipStatus.fromV1("MOBILE", null, null)).as("standing unknown: full")
                .isEqualTo(new MembershipStatus("FULL", "ACTIVE", null, true));
        assertThat(MembershipStatus.fromV1("DECEASED", null, "FULL"))
                .isEqualTo(new MembershipStatus("FULL", "LEFT", "DECEASED", false));
        assertThat(MembershipStatus.fromV1("LEFT", "TRANSFERRED_OUT", "FULL").leaveReason()).isEqualTo("TRANSFERRED_OUT");
        assertThat(MembershipStatus.fromV1("LEFT", "VOLUNTARY", "FULL").leaveReason()).isEqualTo("UNSPECIFIED");
        assertThat(MembershipStatus.fromV1("LEFT", "PROBATION_CANCELLED", null).standing()).isEqualTo("PROBATIONARY");
    }

    @Test
    void consumersStillUnderstandVersionOneEvents() {
        MemberStatusChangedV2 mobile = MemberStatusChangedV2.of(
                new MemberStatusChanged(1, 2, "/1/2/", "PROBATIONARY", "MOBILE", null, DAY), null);
        assertThat(mobile.after()).isEqualTo(new MembershipStatus("PROBATIONARY", "ACTIVE", null, true));
        assertThat(mobile.membershipDelta()).isZero();
        assertThat(mobile.after().summary()).as("a roster's one word: the standing, mobile or not").isEqualTo("PROBATIONARY");

        MemberStatusChangedV2 back = MemberStatusChangedV2.of(
                new MemberStatusChanged(1, 2, "/1/2/", "MOBILE", "SUSPENDED", null, DAY), "PROBATIONARY");
        assertThat(back.after()).isEqualTo(new MembershipStatus("PROBATIONARY", "SUSPENDED", null, false));
        assertThat(back.membershipDelta()).isEqualTo(-1);

        MemberRegisteredV2 registered = MemberRegisteredV2.of(new MemberRegistered(1, 2, "/1/2/", "张三", "MALE",
                LocalDate.of(1980, 1, 1), DAY, "MOBILE", "13900000000"));
        assertThat(registered.status().active()).isTrue();
        assertThat(registered.status().mobile()).isTrue();
        assertThat(registered.phone()).isEqualTo("13900000000");
    }

    @Test
    void onlyTheActiveStateCountsInTheBranch() {
        assertThat(new MembershipStatus("FULL", "ARRIVING", null, false).active()).isFalse();
        assertThat(new MembershipStatus("FULL", "ARRIVING", null, false).summary()).isEqualTo("ARRIVING");
        assertThat(new MembershipStatus("PROBATIONARY", "ACTIVE", null, true).active()).isTrue();
        assertThat(new MembershipStatus("FULL", "LEFT", "EXPELLED", false).summary()).isEqualTo("LEFT");
    }
}
