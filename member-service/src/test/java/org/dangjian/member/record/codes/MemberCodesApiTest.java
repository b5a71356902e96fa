package org.dangjian.member.record.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.member.NewMember;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The API takes the member record's codes, checks them against the code-tables kit and shows their names. */
class MemberCodesApiTest extends TreeApiTest {

    @Test
    void aRegisteredMemberShowsEachCodeWithItsName() {
        JsonNode m = ok(post(cityAdmin, "/api/members", new NewMember(branchA, "编码甲").with("nativePlace", "320583")
                .with("education", "80").with("educationMode", "IN_SERVICE").with("occupation", "08")
                .with("ethnicity", "98").body()));
        assertThat(m.get("nativePlace").asString()).isEqualTo("320583");
        assertThat(m.get("nativePlaceName").asString()).isEqualTo("江苏省苏州市昆山市");
        assertThat(m.get("education").asString()).isEqualTo("80");
        assertThat(m.get("educationName").asString()).isEqualTo("小学教育");
        assertThat(m.get("educationMode").asString()).isEqualTo("IN_SERVICE");
        assertThat(m.get("occupation").asString()).isEqualTo("08");
        assertThat(m.get("occupationName").asString()).isEqualTo("离退休人员");
        assertThat(m.get("ethnicityName").asString()).isEqualTo("外国血统中国籍人士");
    }

    @Test
    void codesOutsideTheKitsTablesAreRefusedNamingTheField() {
        MvcTestResult refused = post(cityAdmin, "/api/members", new NewMember(branchA, "编码乙")
                .with("nativePlace", "329999").with("education", "72").with("occupation", "公务员")
                .with("ethnicity", "99").body());
        assertThat(refused).hasStatus(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("nativePlace", "education", "occupation", "ethnicity");
        assertThat(body(refused).get("errors").findValuesAsString("message")).anyMatch(s -> s.contains("GB/T 2260"));
    }

    @Test
    void aMobileMembersDestinationIsAKnownGbT2260Region() {
        long id = ok(post(cityAdmin, "/api/members", new NewMember(branchB, "流动甲").body())).get("id").asLong();
        MvcTestResult unknown = post(cityAdmin, "/api/members/" + id + "/mobility",
                withVersion(id, Map.of("region", "319999")));
        assertThat(unknown).as("a known province's prefix is not enough").hasStatus(400);
        assertThat(fields(unknown)).containsExactly("region");
        JsonNode mobile = ok(post(cityAdmin, "/api/members/" + id + "/mobility",
                withVersion(id, Map.of("region", "310115"))));
        assertThat(mobile.get("mobile").get("region").asString()).isEqualTo("310115");
        assertThat(mobile.get("mobile").get("regionName").asString()).isEqualTo("上海市浦东新区");
    }

    @Test
    void registeredAndUpdatedEventsCarryOccupationAndEducation() {
        JsonNode m = ok(post(cityAdmin, "/api/members", new NewMember(branchC, "事件甲").with("occupation", "05")
                .with("education", "21").body()));
        String id = m.get("id").asString();
        String registered = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.member.registered.v2'"
                + " AND aggregate_id = ?", String.class, id);
        assertThat(registered).contains("\"occupation\":\"05\"", "\"education\":\"21\"");

        ok(patch(cityAdmin, "/api/members/" + id, Map.of("version", m.get("version").asInt(), "occupation", "08",
                "education", "14")));
        String updated = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.member.updated.v1'"
                + " AND aggregate_id = ? ORDER BY id DESC LIMIT 1", String.class, id);
        assertThat(updated).contains("\"occupation\":\"08\"", "\"education\":\"14\"");
        assertThat(json.readTree(updated).get("changed").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("occupation", "education");
    }

    @Test
    void aCodeReplacesTheTextKeptFromBeforeTheCodesAndHistoryKeepsIt() {
        JsonNode m = ok(post(cityAdmin, "/api/members", new NewMember(branchA, "旧文字").body()));
        String id = m.get("id").asString();
        // as migration V30 leaves a record whose old free text named no single region or occupation
        jdbc.update("UPDATE member SET native_place_text = '朝阳', occupation_text = '船员' WHERE id = ?", id);
        JsonNode before = ok(get(cityAdmin, "/api/members/" + id));
        assertThat(before.get("nativePlaceText").asString()).isEqualTo("朝阳");
        assertThat(before.get("occupationText").asString()).isEqualTo("船员");

        JsonNode after = ok(patch(cityAdmin, "/api/members/" + id, Map.of("version", before.get("version").asInt(),
                "nativePlace", "110105", "occupation", "07")));
        assertThat(after.get("nativePlaceName").asString()).isEqualTo("北京市朝阳区");
        assertThat(after.hasNonNull("nativePlaceText")).isFalse();
        assertThat(after.hasNonNull("occupationText")).isFalse();
        assertThat(jdbc.queryForList("SELECT CONCAT(field, ':', old_value) FROM member_change WHERE member_id = ?"
                + " AND new_value IS NULL", String.class, id)).containsExactlyInAnyOrder("nativePlaceText:朝阳",
                "occupationText:船员");
    }

    private Map<String, Object> withVersion(long id, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", ok(get(cityAdmin, "/api/members/" + id)).get("version").asInt());
        return withVersion;
    }

    private List<String> fields(MvcTestResult result) {
        return body(result).get("errors").findValuesAsString("field");
    }
}
