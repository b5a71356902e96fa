package org.dangjian.notify.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import org.dangjian.contracts.points.PointsWarningRaised;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A points warning waits for the digest of the branch's administrators and those above, never for the member. */
@StubbedProviders
class PointsNoticeTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;

    @Test
    void a_warning_about_unpaid_dues_waits_for_the_digest_of_the_branch_administrators_only() {
        String memberPhone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "黄磊", memberPhone);
        long secretary = recipients.administrator(branchA, pathOf(branchA), "刘书记", phone());
        long otherBranch = recipients.administrator(branchB, pathOf(branchB), "陈书记", phone());

        publish(new PointsWarningRaised(nextId(), m, "黄磊", branchA, pathOf(branchA), "DUES_UNPAID", "WARN", 3,
                today().minusMonths(3)));

        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM digest_item WHERE account_id = ?", secretary) == 1);
        assertThat(jdbc.queryForObject("SELECT subject FROM digest_item WHERE account_id = ?", String.class, secretary))
                .isEqualTo("黄磊：连续3个月未交纳党费");
        assertThat(count("SELECT COUNT(*) FROM digest_item WHERE account_id = ?", otherBranch)).isZero();
        assertThat(count("SELECT COUNT(*) FROM message WHERE recipient_key IN (?, ?)", "account:" + secretary,
                "member:" + m)).as("no SMS per warning").isZero();
        assertThat(provider.sentTo(memberPhone)).isEmpty();
    }
}
