package org.dangjian.notify.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.time.LocalDate;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.contracts.transfer.TransferStepApproved;
import org.dangjian.contracts.transfer.TransferStepRef;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the member is told once a transfer is approved: within the city no letter, out of it the letter; and under
 * which branch the member's notices are filed.
 */
@StubbedProviders
class TransferNoticeTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;

    @Test
    void theApprovalSmsOfAnInCityTransferSendsTheMemberToTheReceivingBranchWithoutALetter() {
        String memberPhone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "杜鹃", memberPhone);
        LocalDate reportBy = today().plusMonths(3);

        publish(lastApproval(m, "IN_CITY", branchB, null, reportBy));

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(memberPhone).size() == 1);
        assertThat(provider.sentTo(memberPhone).get(0).text())
                .contains("杜鹃", "无需介绍信", "直接到城南社区党支部报到", reportBy.toString())
                .doesNotContain("持介绍信");
    }

    @Test
    void theApprovalSmsOfATransferOutOfTheCityTellsTheMemberToTakeTheLetter() {
        String memberPhone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "罗成", memberPhone);

        publish(lastApproval(m, "OUT_OF_CITY", null, "中共上海市浦东新区张江镇委员会", today().plusMonths(3)));

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(memberPhone).size() == 1);
        assertThat(provider.sentTo(memberPhone).get(0).text()).contains("持介绍信", "中共上海市浦东新区张江镇委员会");
    }

    @Test
    void aCompletedTransfersNoticeToTheMemberIsFiledUnderTheBranchTheyLeftEvenWhenTheirMoveArrivedFirst() {
        String memberPhone = phone();
        // member-service's move was read first: the record already stands in branch B
        long m = recipients.member(branchB, pathOf(branchB), "沈建华", memberPhone);

        publish(new TransferCompleted(nextId(), m, "IN_CITY", branchA, pathOf(branchA), branchB, pathOf(branchB), null,
                clock.instant()));

        awaitEffect(() -> count("SELECT COUNT(*) FROM message WHERE recipient_key = ?", "member:" + m) == 1);
        assertThat(jdbc.queryForList("SELECT org_path FROM message WHERE recipient_key = ?", String.class, "member:" + m))
                .containsExactly(pathOf(branchA));
    }

    private TransferStepApproved lastApproval(long member, String kind, Long toBranch, String externalOrg,
                                              LocalDate reportBy) {
        TransferStepRef step = new TransferStepRef(1, town1, pathOf(town1), "玉山镇党委", today());
        return new TransferStepApproved(nextId(), member, kind, branchA, pathOf(branchA), toBranch,
                toBranch == null ? null : pathOf(toBranch), externalOrg, step, null, null, clock.instant(), reportBy);
    }
}
