package org.dangjian.points.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.points.PointsDuesPaid;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Each recorded payment is announced, so that the letter of introduction and supervision need not ask. */
class DuesPaidEventTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void aRecordedPaymentIsAnnouncedWithTheMonthsItCoversAndTheLastOfThem() throws Exception {
        long m = members.ranked(announceMember(branchA, "许文"));
        Map<String, Object> base = new HashMap<>(Map.of("memberId", m, "year", today().getYear(), "group", "EMPLOYED",
                "base", "4000"));
        post(branchAAdmin, "/api/points/dues/bases", base);
        YearMonth now = YearMonth.now(clock);
        List<String> months = List.of(now.toString(), now.minusMonths(1).toString());
        if (now.getMonthValue() == 1) {
            months = List.of(now.toString());
        }
        assertThat(post(branchAAdmin, "/api/points/dues/payments", Map.of("memberId", m, "months", months,
                "amount", "100.00", "paidOn", today().toString())).getResponse().getStatus()).isEqualTo(201);

        assertThat(outboxCount(PointsDuesPaid.TYPE, m)).isEqualTo(1);
        JsonNode event = json.readTree(jdbc.queryForObject(
                "SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ?", String.class,
                PointsDuesPaid.TYPE, Long.toString(m)));
        assertThat(event.get("paidUntil").asString()).isEqualTo(now.toString());
        assertThat(event.get("months")).hasSize(months.size());
        assertThat(event.get("orgId").asLong()).isEqualTo(branchA);
        assertThat(event.get("orgPath").asString()).isEqualTo(pathOf(branchA));
        assertThat(event.get("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(event.get("paidOn").asString()).isEqualTo(today().toString());
    }

    @Test
    void aRefusedPaymentAnnouncesNothing() {
        long m = members.ranked(announceMember(branchA, "严冬"));
        post(branchAAdmin, "/api/points/dues/payments", Map.of("memberId", m, "months", List.of("2019-01"),
                "amount", "1.00", "paidOn", today().toString()));
        assertThat(outboxCount(PointsDuesPaid.TYPE, m)).isZero();
    }
}
