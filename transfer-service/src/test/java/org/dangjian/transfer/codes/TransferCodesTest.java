package org.dangjian.transfer.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.transfer.Roster.known;
import static org.dangjian.transfer.TransferRequests.inCity;
import static org.dangjian.transfer.TransferRequests.outOfCity;

import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, items 18 and 19: the transfer reason is a code of 组织关系转接原因, the outside organisation's place a
 * GB/T 2260 region code plus the street, and "across provinces" follows from the region codes (the city is 320583).
 */
class TransferCodesTest extends TreeApiTest {

    @Test
    void theTransferReasonIsCoded() throws Exception {
        Map<String, Object> request = outOfCity(member(branchA, "庄严"), today());
        request.put("reasonCode", "07");
        request.put("reasonNote", "随配偶迁居上海");
        JsonNode registered = ok(post(branchAAdmin, "/api/transfers", request));
        assertThat(registered.get("reason").get("code").asString()).isEqualTo("07");
        assertThat(registered.get("reason").get("label").asString()).isEqualTo("迁居");
        assertThat(registered.get("reasonNote").asString()).isEqualTo("随配偶迁居上海");
        long id = registered.get("id").asLong();
        assertThat(ok(get(branchAAdmin, "/api/transfers/" + id)).get("history").get(0).get("comment").asString())
                .isEqualTo("迁居：随配偶迁居上海");

        approveUpToTheCity(id);
        assertThat(letterText(id)).as("the letter prints the label").contains("（转接原因：迁居）");
    }

    @Test
    void anUnknownOrMissingReasonIsRefusedNamingTheField() {
        Map<String, Object> unknown = new HashMap<>(inCity(member(branchA, "石磊"), branchB, today()));
        unknown.put("reasonCode", "42");
        MvcTestResult refused = post(branchAAdmin, "/api/transfers", unknown);
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactly("reasonCode");
        assertThat(body(refused).get("errors").get(0).get("message").asString()).contains("转接原因代码表");

        unknown.remove("reasonCode");
        unknown.put("reason", "工作调动");
        MvcTestResult missing = post(branchAAdmin, "/api/transfers", unknown);
        assertThat(missing.getResponse().getStatus()).as("free text is no longer a reason").isEqualTo(400);
        assertThat(body(missing).get("errors").findValuesAsString("field")).containsExactly("reasonCode");
    }

    @Test
    void theOtherReasonNeedsANoteThatSaysWhat() {
        Map<String, Object> other = new HashMap<>(inCity(member(branchA, "岳峰"), branchB, today()));
        other.put("reasonCode", TransferReasons.OTHER);
        MvcTestResult refused = post(branchAAdmin, "/api/transfers", other);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactly("reasonNote");
        other.put("reasonNote", "照顾年迈父母");
        assertThat(ok(post(branchAAdmin, "/api/transfers", other)).get("reason").get("label").asString()).isEqualTo("其他");
    }

    @Test
    void acrossProvincesIsDerivedFromTheRegionCodes() {
        Map<String, Object> nanjing = outOfCity(member(branchA, "葛亮"), today());
        nanjing.put("externalOrg", "中共南京市玄武区委组织部");
        nanjing.put("externalRegion", "320102");
        nanjing.put("acrossProvinces", true);
        JsonNode withinJiangsu = ok(post(branchAAdmin, "/api/transfers", nanjing));
        assertThat(withinJiangsu.get("acrossProvinces").asBoolean()).as("a ticked flag is ignored").isFalse();
        assertThat(withinJiangsu.get("externalRegion").get("name").asString()).isEqualTo("江苏省 南京市 玄武区");
        long id = withinJiangsu.get("id").asLong();
        assertThat(approveUpToTheCity(id).get("letter").get("validUntil").asString())
                .as("three months within the province").isEqualTo(today().plusMonths(3).toString());

        Map<String, Object> shanghai = outOfCity(member(branchA, "全胜"), today());
        shanghai.put("acrossProvinces", false);
        JsonNode acrossProvinces = ok(post(branchAAdmin, "/api/transfers", shanghai));
        assertThat(acrossProvinces.get("acrossProvinces").asBoolean()).isTrue();
        assertThat(approveUpToTheCity(acrossProvinces.get("id").asLong()).get("letter").get("validUntil").asString())
                .as("six months across provinces").isEqualTo(today().plusMonths(6).toString());
    }

    @Test
    void anUnknownRegionCodeIsRefusedNamingTheField() {
        Map<String, Object> request = outOfCity(member(branchA, "房明"), today());
        request.put("externalRegion", "329999");
        MvcTestResult unknown = post(branchAAdmin, "/api/transfers", request);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(unknown).get("errors").findValuesAsString("field")).containsExactly("externalRegion");
        assertThat(body(unknown).get("errors").get(0).get("message").asString()).contains("行政区划代码");

        request.remove("externalRegion");
        MvcTestResult missing = post(branchAAdmin, "/api/transfers", request);
        assertThat(body(missing).get("errors").findValuesAsString("field")).containsExactly("externalRegion");

        Map<String, Object> inCity = new HashMap<>(inCity(member(branchA, "房亮"), branchB, today()));
        inCity.put("externalRegion", "310115");
        assertThat(body(post(branchAAdmin, "/api/transfers", inCity)).get("errors").findValuesAsString("field"))
                .as("within the city there is no outside place").containsExactly("externalRegion");
    }

    @Test
    void theLetterPrintsTheRegionsNamesThenTheStreet() throws Exception {
        long id = ok(post(branchAAdmin, "/api/transfers", outOfCity(member(branchA, "童心"), today()))).get("id").asLong();
        approveUpToTheCity(id);
        assertThat(letterText(id).replaceAll("\\s+", "")).contains("接收党组织地址：上海市浦东新区张江路1号");
    }

    private long member(long branch, String name) {
        return known(jdbc, announceMember(branch, name));
    }

    /** Out of the city from branch A: town 1, then the city, approve. */
    private JsonNode approveUpToTheCity(long id) {
        ok(post(town1Admin, "/api/transfers/" + id + "/approve", Map.of()));
        return ok(post(cityAdmin, "/api/transfers/" + id + "/approve", Map.of()));
    }

    private String letterText(long id) throws Exception {
        MvcTestResult pdf = get(branchAAdmin, "/api/transfers/" + id + "/letter.pdf");
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
