package org.dangjian.notify.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.Test;

/**
 * The contact directory follows member-service's v2 events and still reads the v1 ones that were in the topic
 * when it upgraded; a member's status is kept as one word (the standing while on the roll, else the state).
 */
@StubbedProviders
class MemberContactEventsTest extends TreeApiTest {
    private static final MembershipStatus ARRIVING = new MembershipStatus("PROBATIONARY", "ARRIVING", null, false);
    private static final MembershipStatus ACTIVE = new MembershipStatus("PROBATIONARY", "ACTIVE", null, false);

    @Test
    void theDirectoryKeepsTheStandingWhileOnTheRollAndTheStateOtherwise() {
        long m = nextId();
        publish(new MemberRegisteredV2(m, branchA, pathOf(branchA), "沈洁", "FEMALE", LocalDate.of(1990, 2, 2),
                LocalDate.of(2025, 7, 1), ARRIVING, "13900001111"));
        awaitEffect(() -> "ARRIVING".equals(status(m)));
        publish(new MemberStatusChangedV2(m, branchA, pathOf(branchA), MemberStatusChangedV2.ARRIVED, ARRIVING, ACTIVE,
                null, LocalDate.of(2026, 1, 5)));
        awaitEffect(() -> "PROBATIONARY".equals(status(m)));
    }

    @Test
    void consumersStillUnderstandVersionOneEvents() {
        long m = nextId();
        publish(new MemberRegisteredV2(m, branchA, pathOf(branchA), "韩梅", "FEMALE", LocalDate.of(1991, 3, 3),
                LocalDate.of(2025, 7, 1), ACTIVE, null));
        awaitEffect(() -> "PROBATIONARY".equals(status(m)));
        publish(new MemberStatusChanged(m, branchA, pathOf(branchA), "PROBATIONARY", "MOBILE", null, LocalDate.of(2026, 1, 5)));
        publish(new MemberStatusChanged(m, branchA, pathOf(branchA), "MOBILE", "LEFT", "VOLUNTARY", LocalDate.of(2026, 2, 5)));
        awaitEffect(() -> "LEFT".equals(status(m)));
    }

    @Test
    void aFormerMemberPastTheirPeriodKeepsNeitherNameNorPhoneInTheDirectory() {
        long m = nextId();
        publish(new MemberRegisteredV2(m, branchA, pathOf(branchA), "钱芳", "FEMALE", LocalDate.of(1940, 4, 4),
                LocalDate.of(1965, 7, 1), ACTIVE, "13900002222"));
        awaitEffect(() -> "PROBATIONARY".equals(status(m)));
        publish(new MemberStatusChangedV2(m, branchA, pathOf(branchA), MemberStatusChangedV2.LEFT, ACTIVE,
                new MembershipStatus("PROBATIONARY", "LEFT", "DECEASED", false), null, LocalDate.of(2014, 1, 5)));

        publish(new MemberAnonymised(m, null));
        awaitEffect(() -> count("SELECT COUNT(*) FROM member_contact WHERE member_id = ? AND phone_enc IS NULL", m) == 1);

        assertThat(jdbc.queryForMap("SELECT name, phone_masked FROM member_contact WHERE member_id = ?", m))
                .containsEntry("name", "（已匿名）").containsEntry("phone_masked", null);
    }

    private String status(long member) {
        return jdbc.query("SELECT status FROM member_contact WHERE member_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, member);
    }
}
