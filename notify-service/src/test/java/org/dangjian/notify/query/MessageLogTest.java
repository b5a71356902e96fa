package org.dangjian.notify.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.StubbedProviders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Administrators read the messages of their subtree, resend what failed, and edit templates. */
@StubbedProviders
class MessageLogTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;

    @Test
    void a_branch_administrator_sees_the_messages_of_its_branch_only_with_counts_and_masked_phones() {
        String phoneA = phone();
        long a = recipients.member(branchA, pathOf(branchA), "钱进", phoneA);
        long b = recipients.member(branchB, pathOf(branchB), "冯雪", phone());
        greet(a, "钱进");
        greet(b, "冯雪");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM message WHERE status = 'SENT'"
                + " AND recipient_key IN (?, ?)", "member:" + a, "member:" + b) == 2);

        String adminA = TestTokens.orgAdmin(branchA, branchA, pathOf(branchA));
        JsonNode page = body(get(adminA, "/api/notifications/messages?kind=POLITICAL_BIRTHDAY"));
        assertThat(page.get("items").findValuesAsString("recipient"))
                .containsExactly(phoneA.substring(0, 3) + "****" + phoneA.substring(7));
        assertThat(page.get("items").get(0).get("text").asString()).contains("钱进");
        assertThat(page.get("counts").get("SENT").asLong()).isEqualTo(1);

        String city = cityAdmin;
        JsonNode byPhone = body(get(city, "/api/notifications/messages?recipient=" + phoneA));
        assertThat(byPhone.get("total").asLong()).isEqualTo(1);
        assertThat(get(city, "/api/notifications/messages?recipient=12345").getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void a_member_may_not_read_the_message_log_nor_resend() {
        long m = recipients.member(branchA, pathOf(branchA), "韩梅", phone());
        String member = TestTokens.token(nextId(), "member-" + m, branchA, pathOf(branchA), List.of("MEMBER"), m,
                Duration.ofMinutes(15));
        MvcTestResult log = get(member, "/api/notifications/messages");
        assertThat(log.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(log).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(body(log).get("detail").asString()).as("the rule's reason").isNotBlank();
        assertThat(post(member, "/api/notifications/messages/1/resend", null).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void a_failed_message_can_be_resent_and_then_goes_out() {
        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "陈晨", phone);
        provider.failNext(100);
        greet(m, "陈晨");
        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT COUNT(*) FROM message WHERE recipient_key = ?"
                + " AND status = 'FAILED'", "member:" + m) == 1);
        provider.failNext(0);
        long id = jdbc.queryForObject("SELECT id FROM message WHERE recipient_key = ?", Long.class, "member:" + m);

        String adminA = TestTokens.orgAdmin(branchA, branchA, pathOf(branchA));
        MvcTestResult resent = post(adminA, "/api/notifications/messages/" + id + "/resend", null);
        assertThat(resent.getResponse().getStatus()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        assertThat(post(adminA, "/api/notifications/messages/" + id + "/resend", null).getResponse().getStatus())
                .as("a sent message is not sent twice").isEqualTo(409);
        String adminB = TestTokens.orgAdmin(branchB, branchB, pathOf(branchB));
        assertThat(post(adminB, "/api/notifications/messages/" + id + "/resend", null).getResponse().getStatus())
                .as("another branch's message is not found").isEqualTo(404);
    }

    @Test
    void the_city_administrator_edits_a_template_and_unknown_variables_are_refused() {
        String city = cityAdmin;
        MvcTestResult bad = put(city, "/api/notifications/templates/POLITICAL_BIRTHDAY",
                Map.of("text", "${name}同志，${nickname}生日快乐"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad).get("errors").findValuesAsString("field")).containsExactly("text");

        MvcTestResult ok = put(city, "/api/notifications/templates/POLITICAL_BIRTHDAY",
                Map.of("text", "${name}同志：祝您政治生日快乐！入党${years}周年。", "aliyunCode", "SMS_1234"));
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(ok).get("custom").asBoolean()).isTrue();

        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "郑伟", phone);
        greet(m, "郑伟");
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        assertThat(provider.sentTo(phone).get(0).text()).isEqualTo("郑伟同志：祝您政治生日快乐！入党20周年。");

        String adminA = TestTokens.orgAdmin(branchA, branchA, pathOf(branchA));
        assertThat(put(adminA, "/api/notifications/templates/POLITICAL_BIRTHDAY", Map.of("text", "x"))
                .getResponse().getStatus()).isEqualTo(403);
        put(city, "/api/notifications/templates/POLITICAL_BIRTHDAY",
                Map.of("text", "${name}同志：今天是您的政治生日，您已入党${years}周年。"));
    }

    @Test
    void a_moved_branch_takes_its_messages_along_so_its_administrators_still_see_them() {
        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "陶然", phone);
        greet(m, "陶然");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM message WHERE status = 'SENT'"
                + " AND recipient_key = ?", "member:" + m) == 1);

        String newPath = path(root, town2, branchA);
        publish(new OrgMoved(branchA, town1, town2, pathOf(branchA), newPath));
        awaitEffect(() -> count("SELECT COUNT(*) FROM message WHERE recipient_key = ? AND org_path = ?",
                "member:" + m, newPath) == 1);

        String movedAdmin = TestTokens.orgAdmin(nextId(), branchA, newPath);
        assertThat(ids(body(get(movedAdmin, "/api/notifications/messages?kind=POLITICAL_BIRTHDAY"))))
                .as("the branch's administrator, under its new town").hasSize(1);
        assertThat(ids(body(get(town2Admin, "/api/notifications/messages?recipient=" + phone))))
                .as("the new town's administrator").hasSize(1);
        assertThat(ids(body(get(town1Admin, "/api/notifications/messages?recipient=" + phone))))
                .as("the old town's administrator").isEmpty();
    }

    private void greet(long member, String name) {
        publish(new MemberPoliticalBirthday(member, branchA, pathOf(branchA), name, LocalDate.of(2006, 7, 1), 20,
                today()));
    }
}
