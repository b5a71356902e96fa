package org.dangjian.transfer.intocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Into the city no Kunshan letter is printed in the outside organisation's name: its own letter is recorded, with its scan. */
class OutsideLetterTest extends TreeApiTest {

    @Test
    void aTransferIntoTheCityRecordsTheOutsideLettersNumberDateAndIssuer() {
        long m = known(jdbc, announceMember(branchC, "韩梅"));
        MvcTestResult missing = post(branchCAdmin, "/api/transfers", intoCity(m, false));
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(missing).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("outsideLetterNumber", "outsideLetterDate", "outsideLetterIssuer");

        JsonNode t = ok(post(branchCAdmin, "/api/transfers", intoCity(m, true)));
        assertThat(t.get("outsideLetter").get("number").asString()).isEqualTo("宁玄组转〔2026〕123号");
        assertThat(t.get("outsideLetter").get("date").asString()).isEqualTo(today().minusDays(3).toString());
        assertThat(t.get("outsideLetter").get("issuer").asString()).isEqualTo("中共南京市玄武区委组织部");
        long id = t.get("id").asLong();

        post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of());
        JsonNode approved = body(post(town2Admin, "/api/transfers/" + id + "/approve", Map.of()));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.has("letter")).as("no Kunshan letter in the outside organisation's name").isFalse();
        MvcTestResult pdf = get(branchCAdmin, "/api/transfers/" + id + "/letter.pdf");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(pdf).get("code").asString()).isEqualTo("TRANSFER_NO_LETTER_INTO_CITY");
    }

    @Test
    void theReceivingBranchAttachesTheOutsideLettersScanAsAPdfOrAPhoto() throws Exception {
        long m = known(jdbc, announceMember(branchC, "李雷"));
        long id = ok(post(branchCAdmin, "/api/transfers", intoCity(m, true))).get("id").asLong();
        byte[] scan = pdf();

        MvcTestResult notAScan = upload(id, branchCAdmin, "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8));
        assertThat(notAScan.getResponse().getStatus()).isEqualTo(415);
        assertThat(body(notAScan).get("code").asString()).isEqualTo("TRANSFER_SCAN_NOT_ACCEPTED");
        assertThat(upload(id, branchAAdmin, scan).getResponse().getStatus()).as("outside the caller's subtree")
                .isEqualTo(404);
        MvcTestResult tooLarge = upload(id, branchCAdmin, new byte[6 * 1024 * 1024]);
        assertThat(tooLarge.getResponse().getStatus()).isEqualTo(413);

        MvcTestResult attached = upload(id, branchCAdmin, scan);
        assertThat(attached.getResponse().getStatus()).isEqualTo(200);
        String url = body(attached).get("outsideLetter").get("scanUrl").asString();
        MvcTestResult read = get(town2Admin, url);
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(read.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(read.getResponse().getContentAsByteArray()).isEqualTo(scan);
    }

    @Test
    void onlyATransferIntoTheCityHasAnOutsideLetter() throws Exception {
        long m = known(jdbc, announceMember(branchA, "严肃"));
        Map<String, Object> inCity = new HashMap<>(Map.of("memberId", String.valueOf(m), "kind", "IN_CITY",
                "toOrgId", String.valueOf(branchB), "reasonCode", "01", "plannedDate", today().toString(),
                "outsideLetterNumber", "X-1"));
        MvcTestResult refused = post(cityAdmin, "/api/transfers", inCity);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactly("outsideLetterNumber");
        inCity.remove("outsideLetterNumber");
        long id = ok(post(cityAdmin, "/api/transfers", inCity)).get("id").asLong();
        MvcTestResult upload = upload(id, cityAdmin, pdf());
        assertThat(upload.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(upload).get("code").asString()).isEqualTo("TRANSFER_NOT_INTO_CITY");
    }

    private Map<String, Object> intoCity(long member, boolean withOutsideLetter) {
        Map<String, Object> r = new HashMap<>();
        r.put("memberId", String.valueOf(member));
        r.put("kind", "INTO_CITY");
        r.put("externalOrg", "中共南京市玄武区委组织部");
        r.put("externalRegion", "320102");
        r.put("reasonCode", "01");
        r.put("reasonNote", "调至昆山");
        r.put("plannedDate", today().plusDays(7).toString());
        if (withOutsideLetter) {
            r.put("outsideLetterNumber", "宁玄组转〔2026〕123号");
            r.put("outsideLetterDate", today().minusDays(3).toString());
            r.put("outsideLetterIssuer", "中共南京市玄武区委组织部");
        }
        return r;
    }

    private MvcTestResult upload(long id, String token, byte[] bytes) {
        return mvc.post().uri("/api/transfers/" + id + "/outside-letter/scan").multipart().file("file", bytes)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
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
