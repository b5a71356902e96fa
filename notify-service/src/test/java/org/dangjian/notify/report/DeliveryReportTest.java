package org.dangjian.notify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.dangjian.notify.Recipients.phone;
import static org.dangjian.notify.StubbedProviders.REPORTS_TOKEN;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dangjian.contracts.member.MemberPoliticalBirthday;
import org.dangjian.kit.security.scope.DataScope;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.notify.FlakyProvider;
import org.dangjian.notify.Recipients;
import org.dangjian.notify.SettableClock;
import org.dangjian.notify.StubbedProviders;
import org.dangjian.notify.message.MessageMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Providers' delivery reports turn sent messages into delivered or failed ones, and nobody else can. */
@StubbedProviders
class DeliveryReportTest extends TreeApiTest {
    @Autowired
    Recipients recipients;
    @Autowired
    FlakyProvider provider;
    @Autowired
    SettableClock time;
    @Autowired
    private MessageMapper messages;
    @Autowired
    private DeliveryReports reports;

    @Test
    void an_alibaba_report_marks_one_message_delivered_and_another_failed() {
        long delivered = sentMessage("aliyun", "9006197469364984^0");
        long undelivered = sentMessage("aliyun", "9006197469364985^0");
        MvcTestResult answer = report("aliyun", "?token=" + REPORTS_TOKEN, """
                [{"phone_number":"13800138000","send_time":"2026-11-25 10:00:00","report_time":"2026-11-25 10:00:05",
                  "success":true,"err_code":"DELIVERED","err_msg":"用户接收成功","sms_size":"1",
                  "biz_id":"9006197469364984^0","out_id":"%d"},
                 {"phone_number":"13800138001","send_time":"2026-11-25 10:00:00","report_time":"2026-11-25 10:00:09",
                  "success":false,"err_code":"MK:0001","err_msg":"空号","sms_size":"1",
                  "biz_id":"9006197469364985^0","out_id":"%d"}]""".formatted(delivered, undelivered));

        assertThat(answer).hasStatusOk().bodyJson().extractingPath("$.code").isEqualTo(0);
        assertThat(row(delivered)).containsEntry("status", "DELIVERED");
        assertThat(deliveredAt(delivered)).isEqualTo("2026-11-25T02:00:05Z");
        assertThat(row(undelivered)).containsEntry("status", "FAILED");
        assertThat((String) row(undelivered).get("last_error")).contains("MK:0001", "空号");
    }

    @Test
    void a_tencent_report_marks_the_message_delivered() {
        long id = sentMessage("tencent", "5000:1045710669157053657849499619");
        MvcTestResult answer = mvc.post().uri("/api/notifications/reports/tencent")
                .header("X-Report-Token", REPORTS_TOKEN).contentType(MediaType.APPLICATION_JSON).content("""
                        [{"user_receive_time":"2026-11-25 10:03:04","nationcode":"86","mobile":"13800138000",
                          "report_status":"SUCCESS","errmsg":"DELIVRD","description":"用户短信送达成功",
                          "sid":"5000:1045710669157053657849499619"}]""").exchange();

        assertThat(answer).hasStatusOk().bodyJson().extractingPath("$.result").isEqualTo(0);
        assertThat(row(id)).containsEntry("status", "DELIVERED");
        assertThat(deliveredAt(id)).as("the phone's time, Beijing")
                .isEqualTo("2026-11-25T02:03:04Z");
    }

    @Test
    void a_report_without_the_secret_changes_nothing() {
        String sid = "5000:" + UUID.randomUUID();
        long id = sentMessage("tencent", sid);
        String push = "[{\"report_status\":\"SUCCESS\",\"errmsg\":\"DELIVRD\",\"sid\":\"" + sid + "\"}]";

        assertThat(report("tencent", "?token=guessed", push)).hasStatus(401);
        assertThat(report("tencent", "", push)).hasStatus(401);
        assertThat(report("wechat", "?token=" + REPORTS_TOKEN, push)).hasStatus(404);
        assertThat(row(id)).containsEntry("status", "SENT");
    }

    @Test
    void a_report_pushed_twice_leaves_the_message_delivered() {
        long id = sentMessage("aliyun", "42^0");
        String push = "[{\"success\":true,\"err_code\":\"DELIVERED\",\"biz_id\":\"42^0\",\"report_time\":\"2026-11-25 10:00:05\"}]";
        assertThat(report("aliyun", "?token=" + REPORTS_TOKEN, push)).hasStatusOk();
        assertThat(report("aliyun", "?token=" + REPORTS_TOKEN, push)).hasStatusOk();
        assertThat(row(id)).containsEntry("status", "DELIVERED");
    }

    @Test
    void a_report_that_overtakes_the_record_of_the_send_is_applied_once_the_send_is_recorded() {
        time.at(today().atTime(22, 30));
        String phone = phone();
        long m = recipients.member(branchA, pathOf(branchA), "郑红", phone);
        publish(new MemberPoliticalBirthday(m, branchA, pathOf(branchA), "郑红", LocalDate.of(2000, 7, 1), 26, today()));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "SELECT COUNT(*) FROM message WHERE recipient_key = ? AND status = 'HELD'", "member:" + m) == 1);
        long id = jdbc.queryForObject("SELECT id FROM message WHERE recipient_key = ?", Long.class, "member:" + m);

        // the test provider's id for a message is "test-<id>": its report arrives before the send is recorded
        reports.apply(provider.name(), List.of(new DeliveryReport("test-" + id, false, "MK:0001 空号", null)));
        assertThat(row(id)).containsEntry("status", "HELD");

        time.at(today().plusDays(1).atTime(8, 0, 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(row(id).get("status")));
        assertThat((String) row(id).get("last_error")).contains("空号");
        assertThat(provider.sentTo(phone)).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM early_report WHERE provider_message_id = ?", "test-" + id)).isZero();
    }

    private MvcTestResult report(String provider, String query, String push) {
        return mvc.post().uri("/api/notifications/reports/" + provider + query)
                .contentType(MediaType.APPLICATION_JSON).content(push).exchange();
    }

    /** A message the provider accepted under {@code providerId}, as the delivery worker records it. */
    private long sentMessage(String provider, String providerId) {
        String recipient = "member:" + nextId();
        jdbc.update("DELETE FROM message WHERE provider = ? AND provider_message_id = ?", provider, providerId);
        jdbc.update("INSERT INTO message (event_id, kind, channel, urgent, recipient_key, recipient_masked, phone_enc,"
                        + " phone_idx, text, status, attempts, provider, provider_message_id, created_at, sent_at)"
                        + " VALUES (?, 'POLITICAL_BIRTHDAY', 'SMS', FALSE, ?, '138****8000', 'enc', ?, '今天是您的政治生日',"
                        + " 'SENT', 1, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), recipient, "idx-" + recipient, provider, providerId,
                Timestamp.from(clock.instant()), Timestamp.from(clock.instant()));
        return jdbc.queryForObject("SELECT id FROM message WHERE recipient_key = ?", Long.class, recipient);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT status, last_error FROM message WHERE id = ?", id);
    }

    /** The test reads as no person: the message log's scope is not what it checks. */
    private Instant deliveredAt(long id) {
        return DataScope.unscoped("the test reads the message whose report it checks",
                () -> messages.selectById(id).getDeliveredAt());
    }
}
