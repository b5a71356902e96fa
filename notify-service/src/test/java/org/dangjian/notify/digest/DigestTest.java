package org.dangjian.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.sql.Timestamp;
import java.time.Duration;
import org.dangjian.contracts.points.PointsWarningRaised;
import org.dangjian.contracts.transfer.TransferRequested;
import org.dangjian.contracts.transfer.TransferStepApproved;
import org.dangjian.contracts.transfer.TransferStepRef;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.SettableClock;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Administrators hear of warnings once a day, in one message, when the digest goes; members not at all. */
@StubbedProviders
class DigestTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;
    @Autowired
    SettableClock time;
    @Autowired
    AdministratorDigests digests;

    @BeforeEach
    void noon() {
        time.noonToday();
    }

    @Test
    void administratorsGetOneDailyDigestNotOneMessagePerWarning() {
        String secretaryPhone = phone();
        String townPhone = phone();
        String otherBranchPhone = phone();
        String memberPhone = phone();
        long secretary = recipients.administrator(branchA, pathOf(branchA), "刘书记", secretaryPhone);
        long town = recipients.administrator(town1, pathOf(town1), "镇组织委员", townPhone);
        long otherBranch = recipients.administrator(branchB, pathOf(branchB), "陈书记", otherBranchPhone);
        long m1 = recipients.member(branchA, pathOf(branchA), "黄磊", memberPhone);
        long m2 = recipients.member(branchA, pathOf(branchA), "周敏", phone());

        publish(warning(m1, "黄磊", "DUES_UNPAID", "WARN", 3));
        publish(warning(m2, "周敏", "NO_ORG_LIFE", "WARN", 4));
        publish(warning(m1, "黄磊", "NO_ORG_LIFE", "FLAG", 6));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingOf(secretary) == 3 && pendingOf(town) == 3);

        assertThat(provider.sentTo(secretaryPhone)).as("nothing before the digest").isEmpty();
        JsonNode pending = body(get(TestTokens.orgAdmin(secretary, branchA, pathOf(branchA)), "/api/notifications/digest"));
        assertThat(pending.findValuesAsString("subject")).contains("黄磊：连续6个月未参加组织生活", "周敏：连续4个月未参加组织生活");

        digests.send(today());
        digests.send(today());

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(secretaryPhone).size() == 1
                && provider.sentTo(townPhone).size() == 1);
        assertThat(provider.sentTo(secretaryPhone).get(0).text()).contains("城北社区党支部", "党员预警2条", "须研究处理1条");
        assertThat(count("SELECT COUNT(*) FROM message WHERE recipient_key = ?", "account:" + secretary))
                .as("one message however many warnings, and however often the job runs").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM message WHERE recipient_key = ?", "account:" + otherBranch))
                .as("another branch's administrator hears nothing of it").isZero();
        assertThat(provider.sentTo(memberPhone)).as("the member is not told").isEmpty();
        assertThat(pendingOf(secretary)).as("sent items are marked").isZero();
    }

    @Test
    void theDigestWaitsForTheEndOfQuietHours() {
        long secretary = recipients.administrator(branchA, pathOf(branchA), "早起书记", phone());
        long m = recipients.member(branchA, pathOf(branchA), "郑强", phone());
        publish(warning(m, "郑强", "NO_ORG_LIFE", "WARN", 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingOf(secretary) == 1);

        time.at(today().atTime(7, 0));
        digests.send(today());

        assertThat(jdbc.queryForMap("SELECT status, held_reason FROM message WHERE recipient_key = ?",
                "account:" + secretary)).containsEntry("status", "HELD").containsEntry("held_reason", "QUIET_HOURS");
        assertThat(jdbc.queryForObject("SELECT next_attempt_at FROM message WHERE recipient_key = ?", Timestamp.class,
                "account:" + secretary).toInstant()).as("it goes when the quiet hours end")
                .isEqualTo(today().atTime(8, 0).atZone(clock.getZone()).toInstant());
    }

    @Test
    void aDayWithNothingSendsNoDigest() {
        String quietPhone = phone();
        long secretary = recipients.administrator(branchC, pathOf(branchC), "无事书记", quietPhone);

        digests.send(today());

        assertThat(count("SELECT COUNT(*) FROM message WHERE recipient_key = ?", "account:" + secretary)).isZero();
    }

    @Test
    void aTransferWaitingForApprovalIsInTheApproversDigestWithItsDueDateUntilTheyDecide() {
        String townPhone = phone();
        long townAdmin = recipients.administrator(town2, pathOf(town2), "审批委员", townPhone);
        long m = recipients.member(branchC, pathOf(branchC), "冯涛", phone());
        long first = nextId();
        long second = nextId();
        java.time.LocalDate due = today().plusDays(5);
        publish(new TransferRequested(first, m, "IN_CITY", branchC, pathOf(branchC), branchA, pathOf(branchA), null,
                today(), new TransferStepRef(1, town2, pathOf(town2), "二镇党委", due), clock.instant()));
        publish(new TransferRequested(second, m, "IN_CITY", branchC, pathOf(branchC), branchB, pathOf(branchB), null,
                today(), new TransferStepRef(1, town2, pathOf(town2), "二镇党委", due.plusDays(2)), clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingOf(townAdmin) == 2);

        publish(new TransferStepApproved(second, m, "IN_CITY", branchC, pathOf(branchC), branchB, pathOf(branchB), null,
                new TransferStepRef(1, town2, pathOf(town2), "二镇党委", due.plusDays(2)), null, "同意", clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingOf(townAdmin) == 1);
        JsonNode pending = body(get(TestTokens.orgAdmin(townAdmin, town2, pathOf(town2)), "/api/notifications/digest"));
        assertThat(pending.get(0).get("kind").asString()).isEqualTo("TRANSFER_APPROVAL");
        assertThat(pending.get(0).get("dueOn").asString()).isEqualTo(due.toString());

        digests.send(today());

        // the approval notices themselves went at once (inbound.TransferMessages); the digest is the one summing up
        await().atMost(Duration.ofSeconds(30)).until(() -> digestsTo(townPhone).size() == 1);
        assertThat(digestsTo(townPhone).get(0)).contains("转接待审批1件", "最早截止" + due);
    }

    private PointsWarningRaised warning(long member, String name, String kind, String level, int months) {
        return new PointsWarningRaised(nextId(), member, name, branchA, pathOf(branchA), kind, level, months,
                today().minusMonths(months));
    }

    private java.util.List<String> digestsTo(String phone) {
        return provider.sentTo(phone).stream().map(FlakyProvider.Sent::text).filter(t -> t.contains("今日待办")).toList();
    }

    private int pendingOf(long account) {
        return count("SELECT COUNT(*) FROM digest_item WHERE account_id = ? AND digest_day IS NULL", account);
    }
}
