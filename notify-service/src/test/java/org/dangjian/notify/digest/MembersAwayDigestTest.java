package org.dangjian.notify.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.member.MembersAwayListed;
import org.dangjian.contracts.member.MembersAwayListed.AwayMember;
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

/**
 * Issue 18 item 10: member-service's monthly list of a branch's mobile members away six months or more becomes one
 * item of the daily digest of the branch's administrators and of those above it, with the names.
 */
@StubbedProviders
class MembersAwayDigestTest extends TreeApiTest {
    private static final String MEMBERS = "notify-service.members";
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
    void membersAwaySixMonthsAreInTheMonthlyDigest() {
        String secretaryPhone = phone();
        long secretary = recipients.administrator(branchA, pathOf(branchA), "流动书记", secretaryPhone);
        long town = recipients.administrator(town1, pathOf(town1), "镇组织员", phone());
        long otherBranch = recipients.administrator(branchB, pathOf(branchB), "邻支部书记", phone());

        MembersAwayListed list = away(branchA, "张远", "李行", "王游");
        publish(list);
        publish(away(branchA, "张远", "李行", "王游"));
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingOf(secretary) == 1 && pendingOf(town) == 1);
        awaitConsumed(MEMBERS, Topics.MEMBER);

        JsonNode pending = body(get(TestTokens.orgAdmin(secretary, branchA, pathOf(branchA)), "/api/notifications/digest"));
        assertThat(pending.get(0).get("kind").asString()).isEqualTo("MEMBERS_AWAY");
        assertThat(pending.get(0).get("subject").asString())
                .isEqualTo("3 名流动党员外出满6个月，请提醒转接组织关系：张远、李行、王游");
        assertThat(pendingOf(secretary)).as("the month's list announced twice is one item").isEqualTo(1);
        assertThat(pendingOf(otherBranch)).as("another branch's administrator hears nothing of it").isZero();

        digests.send(today());
        await().atMost(Duration.ofSeconds(30)).until(() -> !provider.sentTo(secretaryPhone).isEmpty());
        assertThat(provider.sentTo(secretaryPhone).get(0).text()).contains("流动党员外出满期待提醒转接1项");
    }

    @Test
    void aMonthWithNobodyAwayAddsNothing() {
        long secretary = recipients.administrator(branchC, pathOf(branchC), "无人外出书记", phone());
        publish(away(branchC));
        publish(away(branchB, "赵达"));
        awaitConsumed(MEMBERS, Topics.MEMBER);

        assertThat(pendingOf(secretary)).isZero();
    }

    private MembersAwayListed away(long branch, String... names) {
        List<AwayMember> members = Arrays.stream(names)
                .map(n -> new AwayMember(nextId(), n, "310115", today().minusMonths(7))).toList();
        return new MembersAwayListed(branch, pathOf(branch), today(), 6, members);
    }

    private int pendingOf(long account) {
        return count("SELECT COUNT(*) FROM digest_item WHERE account_id = ? AND digest_day IS NULL", account);
    }
}
