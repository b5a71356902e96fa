package org.dangjian.notify.delivery.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.auth.WechatUnbound;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.SettableClock;
import org.dangjian.notify.StubbedProviders;
import org.dangjian.notify.WechatStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Members who bound the mini-program and allowed a kind get WeChat subscribe messages beside their SMS, once per
 * event and one per allowance, through a stub of WeChat's API; the city administrator maps each kind to its WeChat
 * template. Members read their own messages.
 */
@StubbedProviders
class WechatDeliveryTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;
    @Autowired
    SettableClock time;
    private static final String TEMPLATES = "/api/notifications/templates/";

    @BeforeEach
    void birthdayGoesToWechatToo() {
        MvcTestResult mapped = put(cityAdmin, TEMPLATES + "POLITICAL_BIRTHDAY", Map.of("text",
                "${name}同志：今天是您的政治生日，您已入党${years}周年。", "wechatTemplateId", "tpl-birthday",
                "wechatFields", "thing1=name, number2=years"));
        assertThat(mapped.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(mapped).get("wechatFields").asString()).isEqualTo("thing1=name,number2=years");
    }

    @Test
    void a_member_with_wechat_gets_one_sms_and_one_wechat_greeting_even_when_the_event_comes_twice() {
        String phone = phone();
        String openId = openId();
        long m = recipients.member(branchA, pathOf(branchA), "吴芳", phone);
        recipients.wechatBound(m, openId);
        allow(m, 1);
        greet(m, "吴芳");
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1
                && WechatStub.sentTo(openId).size() == 1);
        JsonNode sent = json.readTree(WechatStub.sentTo(openId).get(0).getBodyAsString());
        assertThat(sent.get("template_id").asString()).isEqualTo("tpl-birthday");
        assertThat(sent.get("data").get("thing1").get("value").asString()).isEqualTo("吴芳");
        assertThat(sent.get("data").get("number2").get("value").asString()).isEqualTo("21");

        redeliver(MemberPoliticalBirthday.TYPE, Long.toString(m));
        awaitIdle();
        assertThat(provider.sentTo(phone)).hasSize(1);
        assertThat(WechatStub.sentTo(openId)).hasSize(1);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT channel, status, provider, recipient_masked, phone_enc"
                + " FROM message WHERE recipient_key = ? ORDER BY channel", "member:" + m);
        assertThat(rows).extracting(r -> r.get("channel") + " " + r.get("status") + " " + r.get("provider"))
                .containsExactly("SMS SENT test", "WECHAT SENT wechat");
        assertThat((String) rows.get(1).get("recipient_masked")).startsWith("微信 ").doesNotContain(openId);
        assertThat(rows.get(1).get("phone_enc")).isNull();
    }

    @Test
    void a_member_whose_subscription_wechat_refuses_has_a_failed_wechat_message_in_the_log_tried_once() {
        String phone = phone();
        String openId = openId();
        WechatStub.answerFor(openId, "{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}");
        long m = recipients.member(branchA, pathOf(branchA), "蒋涛", phone);
        recipients.wechatBound(m, openId);
        allow(m, 1); // allowed here, but WeChat says otherwise (the member withdrew it in WeChat's settings)
        greet(m, "蒋涛");
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM message WHERE recipient_key = ?"
                + " AND channel = 'WECHAT' AND status = 'FAILED'", "member:" + m) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        awaitIdle();
        assertThat(WechatStub.sentTo(openId)).as("not tried again").hasSize(1);

        JsonNode failed = body(get(cityAdmin, "/api/notifications/messages?kind=POLITICAL_BIRTHDAY&status=FAILED&orgId="
                + branchA)).get("items");
        JsonNode item = null;
        for (JsonNode i : failed) {
            if (i.get("recipient").asString().startsWith("微信 " + openId.substring(0, 4))) {
                item = i;
            }
        }
        assertThat(item).as("the failed WeChat message is in the log").isNotNull();
        assertThat(item.get("channel").asString()).isEqualTo("WECHAT");
        assertThat(item.get("attempts").asInt()).isEqualTo(1);
        assertThat(item.get("lastError").asString()).contains("43101", "has not accepted this message");
    }

    @Test
    void quiet_hours_hold_wechat_too_and_the_daily_sms_share_does_not_count_it() {
        time.at(today().atTime(22, 30));
        String phone = phone();
        String openId = openId();
        long m = recipients.member(branchA, pathOf(branchA), "韩梅", phone);
        recipients.wechatBound(m, openId);
        allow(m, 6);
        for (int i = 0; i < 6; i++) {
            greet(m, "韩梅");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM message WHERE recipient_key = ?"
                + " AND channel = 'WECHAT' AND status = 'HELD' AND held_reason = 'QUIET_HOURS'", "member:" + m) == 6);
        assertThat(WechatStub.sentTo(openId)).isEmpty();

        time.at(today().plusDays(1).atTime(8, 0, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> WechatStub.sentTo(openId).size() == 6
                && provider.sentTo(phone).size() == 5);
        awaitIdle();
        assertThat(provider.sentTo(phone)).as("five SMS a day").hasSize(5);
    }

    @Test
    void a_member_who_unbound_wechat_gets_sms_only() {
        String phone = phone();
        String openId = openId();
        long m = recipients.member(branchA, pathOf(branchA), "杨光", phone);
        long account = nextId();
        publish(new org.dangjian.contracts.auth.WechatBound(account, m, openId));
        publish(new WechatUnbound(account, openId));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM dj_inbox WHERE event_id IN"
                + " (SELECT event_id FROM dj_outbox WHERE aggregate_id = ?)", Long.toString(account)) == 2);
        greet(m, "杨光");
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        awaitIdle();
        assertThat(count("SELECT COUNT(*) FROM message WHERE recipient_key = ? AND channel = 'WECHAT'", "member:" + m))
                .isZero();
    }

    @Test
    void a_wrong_wechat_mapping_is_refused_naming_the_field() {
        for (String wrong : List.of("thing1=nickname", "Thing=name", "thing1", "thing1=name,thing1=years")) {
            MvcTestResult refused = put(cityAdmin, TEMPLATES + "POLITICAL_BIRTHDAY", Map.of("text", "${name}同志", "wechatTemplateId",
                    "tpl-birthday", "wechatFields", wrong));
            assertThat(refused.getResponse().getStatus()).as(wrong).isEqualTo(400);
            assertThat(body(refused).get("errors").findValuesAsString("field")).as(wrong).containsExactly("wechatFields");
        }
        MvcTestResult noFields = put(cityAdmin, TEMPLATES + "POLITICAL_BIRTHDAY", Map.of("text", "${name}同志",
                "wechatTemplateId", "tpl-birthday"));
        assertThat(body(noFields).get("errors").findValuesAsString("field")).containsExactly("wechatFields");
        MvcTestResult code = put(cityAdmin, TEMPLATES + "LOGIN_CODE", Map.of("text", "验证码${code}", "wechatTemplateId", "tpl-code",
                "wechatFields", "character_string1=code"));
        assertThat(code.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(code).get("errors").findValuesAsString("field")).containsExactly("wechatTemplateId");
        assertThat(body(get(cityAdmin, TEMPLATES + "POLITICAL_BIRTHDAY")).get("wechatFields").asString())
                .as("the mapping in force is unchanged").isEqualTo("thing1=name,number2=years");
    }

    @Test
    void a_member_gets_as_many_wechat_messages_as_they_allowed_and_after_a_refusal_the_sms_alone() {
        String phone = phone();
        String openId = openId();
        long m = recipients.member(branchA, pathOf(branchA), "郑丽", phone);
        recipients.wechatBound(m, openId);
        String member = memberToken(m, branchA);
        JsonNode offered = body(get(member, "/api/notifications/my/subscriptions"));
        assertThat(offered.get("wechat").asBoolean()).isTrue();
        JsonNode birthday = null;
        for (JsonNode k : offered.get("kinds")) {
            if (k.get("kind").asString().equals("POLITICAL_BIRTHDAY")) {
                birthday = k;
            }
        }
        assertThat(birthday).as("the birthday greeting may be subscribed to").isNotNull();
        assertThat(birthday.get("templateId").asString()).isEqualTo("tpl-birthday");
        assertThat(birthday.get("allowed").asInt()).isZero();
        assertThat(offered.get("kinds").findValuesAsString("kind")).doesNotContain("LOGIN_CODE");

        allow(m, 1);
        greet(m, "郑丽");
        greet(m, "郑丽");
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 2);
        awaitIdle();
        assertThat(WechatStub.sentTo(openId)).as("one allowed, one sent").hasSize(1);
        assertThat(allowed(member)).isZero();

        allow(m, 2);
        MvcTestResult refused = post(member, "/api/notifications/my/subscriptions", Map.of("answers",
                List.of(Map.of("templateId", "tpl-birthday", "result", "REJECT"))));
        assertThat(refused.getResponse().getStatus()).isEqualTo(204);
        assertThat(allowed(member)).as("a refusal allows none").isZero();
        greet(m, "郑丽");
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 3);
        awaitIdle();
        assertThat(WechatStub.sentTo(openId)).hasSize(1);
    }

    @Test
    void an_answer_for_a_template_of_no_kind_is_refused_naming_it_and_only_members_subscribe() {
        long m = recipients.member(branchA, pathOf(branchA), "冯伟", phone());
        MvcTestResult unknown = post(memberToken(m, branchA), "/api/notifications/my/subscriptions", Map.of("answers",
                List.of(Map.of("templateId", "tpl-birthday", "result", "ACCEPT"), Map.of("templateId", "tpl-nothing", "result", "ACCEPT"))));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(unknown).get("errors").findValuesAsString("field")).containsExactly("answers[1].templateId");
        assertThat(allowed(memberToken(m, branchA))).as("nothing recorded from a refused answer").isZero();
        MvcTestResult admin = post(branchAAdmin, "/api/notifications/my/subscriptions", Map.of("answers",
                List.of(Map.of("templateId", "tpl-birthday", "result", "ACCEPT"))));
        assertThat(admin.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void a_member_reads_the_messages_sent_to_them_and_no_one_elses() {
        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "秦岚", phone);
        long other = recipients.member(branchA, pathOf(branchA), "魏东", phone());
        greet(m, "秦岚");
        greet(other, "魏东");
        await().atMost(Duration.ofSeconds(30)).until(() -> provider.sentTo(phone).size() == 1);
        JsonNode mine = body(get(memberToken(m, branchA), "/api/notifications/my/messages"));
        assertThat(mine.get("total").asInt()).isEqualTo(1);
        JsonNode message = mine.get("items").get(0);
        assertThat(message.get("kindName").asString()).isEqualTo("政治生日祝福");
        assertThat(message.get("channelName").asString()).isEqualTo("短信");
        assertThat(message.get("text").asString()).contains("秦岚同志").doesNotContain("魏东");
    }

    /** The member allowed the birthday greeting {@code times} times in the mini-program. */
    private void allow(long member, int times) {
        for (int i = 0; i < times; i++) {
            MvcTestResult answered = post(memberToken(member, branchA), "/api/notifications/my/subscriptions",
                    Map.of("answers", List.of(Map.of("templateId", "tpl-birthday", "result", "ACCEPT"))));
            assertThat(answered.getResponse().getStatus()).isEqualTo(204);
        }
    }

    private int allowed(String memberToken) {
        for (JsonNode k : body(get(memberToken, "/api/notifications/my/subscriptions")).get("kinds")) {
            if (k.get("kind").asString().equals("POLITICAL_BIRTHDAY")) {
                return k.get("allowed").asInt();
            }
        }
        throw new AssertionError("the birthday greeting is not offered");
    }

    private void greet(long member, String name) {
        publish(new MemberPoliticalBirthday(member, branchA, pathOf(branchA), name, LocalDate.of(2005, 7, 1), 21,
                today()));
    }

    private static String openId() {
        return "oWx" + Long.toString(nextId(), 36) + "AbCdEfGhIjKlMnOpQr";
    }

    /** Nothing left for the worker to do now. */
    private void awaitIdle() {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE status IN ('WAITING', 'SENDING') AND next_attempt_at <= ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(3600))) == 0);
    }
}
