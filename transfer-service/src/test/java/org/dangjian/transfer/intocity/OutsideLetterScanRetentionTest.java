package org.dangjian.transfer.intocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.decision;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.dangjian.kit.privacy.retention.Retention;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Item 14, uploads: the scan of the letter a member arriving from outside the city brought (it carries their ID
 * number) is kept 3 years after the transfer closed (rule OUTSIDE_LETTER_SCAN), then erased, file and key; the
 * transfer and the letter's number, date and issuer stay. An open transfer keeps its scan, however old.
 */
class OutsideLetterScanRetentionTest extends TreeApiTest {
    private static final Path STORAGE = Path.of("target/test-storage");
    @Autowired
    private Retention retention;
    private byte[] scan;

    @Test
    void theScanOfAClosedTransferPastThreeYearsIsErasedAndTheTransferStays() throws Exception {
        scan = pdf();
        long completed = intoCity(known(jdbc, announceMember(branchC, "钱塘")));
        approve(completed);
        ok(post(branchCAdmin, "/api/transfers/" + completed + "/arrive", decision(null)));
        long rejected = intoCity(known(jdbc, announceMember(branchC, "孙江")));
        ok(post(cityAdmin, "/api/transfers/" + rejected + "/reject", decision("材料不全")));
        long recent = intoCity(known(jdbc, announceMember(branchC, "李淮")));
        approve(recent);
        ok(post(branchCAdmin, "/api/transfers/" + recent + "/arrive", decision(null)));
        long open = intoCity(known(jdbc, announceMember(branchC, "周汉")));
        approve(open);
        String completedKey = scanKey(completed);
        String rejectedKey = scanKey(rejected);
        closedEarlier(completed, 3, 1);
        closedEarlier(rejected, 4, 0);
        closedEarlier(recent, 2, 0);
        jdbc.update("UPDATE transfer SET registered_at = registered_at - INTERVAL 5 YEAR WHERE id = ?", open);
        assertThat(kind(ok(get(cityAdmin, "/api/transfers/retention"))).get("due").asLong())
                .as("the two old scans are due").isGreaterThanOrEqualTo(2);

        retention.runAll();

        for (long erased : new long[] {completed, rejected}) {
            JsonNode t = ok(get(branchCAdmin, "/api/transfers/" + erased));
            assertThat(t.get("outsideLetter").get("number").asString()).as("the letter's record stays")
                    .isEqualTo("宁玄组转〔2023〕88号");
            assertThat(t.get("outsideLetter").path("scanUrl").isMissingNode() || t.get("outsideLetter").get("scanUrl").isNull())
                    .as("no scan to read").isTrue();
            MvcTestResult read = get(branchCAdmin, "/api/transfers/" + erased + "/outside-letter/scan");
            assertThat(read.getResponse().getStatus()).isEqualTo(404);
            assertThat(body(read).get("code").asString()).isEqualTo("TRANSFER_SCAN_NOT_FOUND");
        }
        assertThat(ok(get(branchCAdmin, "/api/transfers/" + completed)).get("status").asString()).isEqualTo("COMPLETED");
        assertThat(ok(get(branchCAdmin, "/api/transfers/" + rejected)).get("status").asString()).isEqualTo("REJECTED");
        assertThat(Files.exists(STORAGE.resolve(completedKey))).as("the completed transfer's scan file").isFalse();
        assertThat(Files.exists(STORAGE.resolve(rejectedKey))).as("the rejected transfer's scan file").isFalse();

        for (long kept : new long[] {recent, open}) {
            String url = ok(get(branchCAdmin, "/api/transfers/" + kept)).get("outsideLetter").get("scanUrl").asString();
            assertThat(get(branchCAdmin, url).getResponse().getContentAsByteArray())
                    .as("closed two years ago or still open: the scan stays").isEqualTo(scan);
        }

        JsonNode kind = kind(ok(get(cityAdmin, "/api/transfers/retention")));
        assertThat(kind.get("label").asString()).isEqualTo("外地组织关系介绍信扫描件");
        assertThat(kind.get("action").asString()).isEqualTo("ERASE");
        assertThat(kind.get("period").asString()).isEqualTo("P3Y");
        assertThat(kind.get("due").asLong()).isZero();
        assertThat(kind.get("lastRunDone").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(get(auditorToken(root, pathOf(root)), "/api/transfers/retention").getResponse().getStatus())
                .as("auditors read it too").isEqualTo(200);
        assertThat(get(branchCAdmin, "/api/transfers/retention").getResponse().getStatus())
                .as("for the city administrator and auditors only").isEqualTo(403);
    }

    /** Registered by the receiving branch with the outside letter, and its scan attached. */
    private long intoCity(long member) {
        Map<String, Object> r = new HashMap<>();
        r.put("memberId", String.valueOf(member));
        r.put("kind", "INTO_CITY");
        r.put("externalOrg", "中共南京市玄武区委组织部");
        r.put("externalRegion", "320102");
        r.put("reasonCode", "01");
        r.put("plannedDate", today().plusDays(7).toString());
        r.put("outsideLetterNumber", "宁玄组转〔2023〕88号");
        r.put("outsideLetterDate", today().minusDays(3).toString());
        r.put("outsideLetterIssuer", "中共南京市玄武区委组织部");
        long id = ok(post(branchCAdmin, "/api/transfers", r)).get("id").asLong();
        ok(mvc.post().uri("/api/transfers/" + id + "/outside-letter/scan").multipart().file("file", scan)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + branchCAdmin).exchange());
        return id;
    }

    private void approve(long id) {
        ok(post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of()));
        ok(post(town2Admin, "/api/transfers/" + id + "/approve", Map.of()));
    }

    private String scanKey(long id) {
        return jdbc.queryForObject("SELECT outside_letter_scan_key FROM transfer WHERE id = ?", String.class, id);
    }

    /** The transfer closed so many years and days before it did today. */
    private void closedEarlier(long id, int years, int days) {
        jdbc.update("UPDATE transfer SET closed_at = closed_at - INTERVAL ? YEAR - INTERVAL ? DAY WHERE id = ?",
                years, days, id);
    }

    private static JsonNode kind(JsonNode kinds) {
        for (JsonNode k : kinds) {
            if (OutsideLetterScanRetention.KIND.equals(k.get("kind").asString())) {
                return k;
            }
        }
        throw new AssertionError("no " + OutsideLetterScanRetention.KIND + " in " + kinds);
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
