package org.dangjian.transfer.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.inCity;

import java.util.Map;
import org.dangjian.contracts.transfer.TransferCompleted;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Within the city transfers are paperless (全程无纸化): no letter, the receiving branch confirms the member reported. */
class PaperlessInCityTest extends TreeApiTest {

    @Test
    void aTransferWithinTheCityHasNoLetter() {
        long id = approvedInCity("沈清");
        JsonNode approved = body(get(branchAAdmin, "/api/transfers/" + id));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.has("letter")).isFalse();
        assertThat(approved.get("reportBy").asString()).isEqualTo(today().plusMonths(3).toString());
        assertThat(count("SELECT COUNT(*) FROM transfer WHERE id = ? AND letter_number IS NULL", id)).isEqualTo(1);

        MvcTestResult pdf = get(branchAAdmin, "/api/transfers/" + id + "/letter.pdf");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(pdf).get("code").asString()).isEqualTo("TRANSFER_NO_LETTER_IN_CITY");
        assertThat(body(pdf).get("detail").asString()).contains("全程无纸化", "接收党支部");
    }

    @Test
    void theReceivingBranchConfirmsArrivalToCompleteAnInCityTransfer() {
        long id = approvedInCity("邵阳");

        MvcTestResult bySender = post(branchAAdmin, "/api/transfers/" + id + "/arrive", Map.of());
        assertThat(bySender.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(bySender).get("detail").asString()).isEqualTo("只有接收方可以确认党员报到");

        JsonNode done = body(post(branchBAdmin, "/api/transfers/" + id + "/arrive", Map.of("comment", "已到支部报到")));
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("history").findValuesAsString("action")).endsWith("ARRIVED");
        assertThat(outboxCount(TransferCompleted.TYPE, id)).isEqualTo(1);
    }

    @Test
    void afterTheReportingPeriodTheArrivalIsRefusedWithoutMentioningALetter() {
        long id = approvedInCity("华山");
        jdbc.update("UPDATE transfer SET letter_valid_until = ? WHERE id = ?", today().minusDays(1), id);

        MvcTestResult late = post(branchBAdmin, "/api/transfers/" + id + "/arrive", Map.of());
        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(late).get("code").asString()).isEqualTo("TRANSFER_REPORTING_PERIOD_OVER");
    }

    /** An in-city transfer from branch A to branch B (both under town 1), approved by the town. */
    private long approvedInCity(String name) {
        long m = known(jdbc, announceMember(branchA, name));
        long id = ok(post(cityAdmin, "/api/transfers", inCity(m, branchB, today()))).get("id").asLong();
        ok(post(town1Admin, "/api/transfers/" + id + "/approve", Map.of()));
        return id;
    }
}
