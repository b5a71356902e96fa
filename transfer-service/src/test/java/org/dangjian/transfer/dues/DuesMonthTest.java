package org.dangjian.transfer.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.outOfCity;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dangjian.contracts.points.PointsDuesPaid;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The letter's dues month comes from points-service's payments; the registering administrator may correct it, saying why. */
class DuesMonthTest extends TreeApiTest {

    @Test
    void theLettersDuesMonthComesFromPointsService() throws Exception {
        long m = member("白露");
        paid(m, YearMonth.of(2026, 9), YearMonth.of(2026, 10));

        long id = ok(post(branchAAdmin, "/api/transfers", outOfCity(m, today()))).get("id").asLong();
        assertThat(body(get(branchAAdmin, "/api/transfers/" + id)).get("duesPaidUntil").asString()).isEqualTo("2026-10");

        // a payment recorded while the transfer is open moves the month the letter prints
        paid(m, YearMonth.of(2026, 11));
        awaitEffect(() -> "2026-11".equals(body(get(branchAAdmin, "/api/transfers/" + id)).get("duesPaidUntil").asString()));
        post(town1Admin, "/api/transfers/" + id + "/approve", Map.of());
        post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of());
        assertThat(letterText(id)).contains("党费已交到2026年11月");
    }

    @Test
    void aBackPaymentNeverMovesTheLastPaidMonthBack() {
        long m = member("秋分");
        paid(m, YearMonth.of(2026, 11));
        publish(new PointsDuesPaid(m, branchA, pathOf(branchA), List.of(YearMonth.of(2026, 6)), YearMonth.of(2026, 6),
                new BigDecimal("20.00"), today()));
        awaitConsumed("transfer-service.dues-paid", "dj.points.v1");
        assertThat(jdbc.queryForObject("SELECT paid_until FROM member_dues WHERE member_id = ?", String.class, m))
                .isEqualTo("2026-11");
    }

    @Test
    void anAdministratorOverridesTheDuesMonthWithAReason() {
        long m = member("谷雨");
        paid(m, YearMonth.of(2026, 8));
        Map<String, Object> request = outOfCity(m, today());
        request.put("duesPaidUntil", "2026-10");

        MvcTestResult noReason = post(branchAAdmin, "/api/transfers", request);
        assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(noReason).get("errors").findValuesAsString("field")).containsExactly("duesOverrideReason");
        assertThat(body(noReason).get("errors").get(0).get("message").asString()).contains("2026-08");

        request.put("duesOverrideReason", "原单位代收 9、10 月党费，收据已核对");
        JsonNode t = ok(post(branchAAdmin, "/api/transfers", request));
        assertThat(t.get("duesPaidUntil").asString()).isEqualTo("2026-10");
        assertThat(t.get("duesOverrideReason").asString()).isEqualTo("原单位代收 9、10 月党费，收据已核对");
        long id = t.get("id").asLong();
        JsonNode read = body(get(branchAAdmin, "/api/transfers/" + id));
        assertThat(read.get("history").findValuesAsString("action")).contains("DUES_OVERRIDDEN");
        assertThat(read.get("history").findValuesAsString("comment")).anyMatch(c -> c.contains("收据已核对"));

        // the administrator's month stands: a later payment record does not replace it
        paid(m, YearMonth.of(2026, 9));
        assertThat(body(get(branchAAdmin, "/api/transfers/" + id)).get("duesPaidUntil").asString()).isEqualTo("2026-10");
    }

    @Test
    void typingTheRecordedMonthNeedsNoReason() {
        long m = member("立夏");
        paid(m, YearMonth.of(2026, 8));
        Map<String, Object> request = outOfCity(m, today());
        request.put("duesPaidUntil", "2026-08");
        JsonNode t = ok(post(branchAAdmin, "/api/transfers", request));
        assertThat(t.get("duesPaidUntil").asString()).isEqualTo("2026-08");
        assertThat(t.has("duesOverrideReason")).isFalse();
    }

    private long member(String name) {
        return known(jdbc, announceMember(branchA, name));
    }

    /** points-service records a payment of {@code months} and announces it; returns once this service kept it. */
    private void paid(long member, YearMonth... months) {
        YearMonth last = months[months.length - 1];
        publish(new PointsDuesPaid(member, branchA, pathOf(branchA), List.of(months), last,
                new BigDecimal("20.00").multiply(BigDecimal.valueOf(months.length)), today()));
        awaitEffect(() -> count("SELECT COUNT(*) FROM member_dues WHERE member_id = ? AND paid_until >= ?", member,
                last.toString()) == 1);
    }

    private String letterText(long id) throws Exception {
        MvcTestResult pdf = get(branchAAdmin, "/api/transfers/" + id + "/letter.pdf");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
