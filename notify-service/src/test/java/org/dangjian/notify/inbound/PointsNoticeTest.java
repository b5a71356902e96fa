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

/** A points warning reaches the branch's administrators, not the member it is about. */
@StubbedProviders
class PointsNoticeTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;

    @Test
    void a_warning_about_unpaid_dues_texts_the_branch_administrators_only() {
        String memberPhone = phone();
        String secretaryPhone = phone();
        String otherBranchPhone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "黄磊", memberPhone);
        recipients.administrator(branchA, pathOf(branchA), "刘书记", secretaryPhone);
        recipients.administrator(branchB, pathOf(branchB), "陈书记", otherBranchPhone);

        publish(new PointsWarningRaised(nextId(), m, "黄磊", branchA, pathOf(branchA), "DUES_UNPAID", "WARN", 3,
                today().minusMonths(3)));

        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(secretaryPhone).size() == 1);
        assertThat(provider.sentTo(secretaryPhone).get(0).text()).contains("城北社区党支部", "黄磊", "3个月", "未交纳党费");
        assertThat(provider.sentTo(memberPhone)).isEmpty();
        assertThat(provider.sentTo(otherBranchPhone)).isEmpty();
    }
}
