package org.dangjian.member.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Administrators change records: against the version read, within scope, with history and events. */
class MemberUpdateTest extends TreeApiTest {
    @Autowired
    EventSeal seal;

    @Test
    void anUpdateIsKeptInHistoryWithSensitiveValuesMasked() {
        String oldId = idNumber(LocalDate.of(1990, 3, 15), true);
        JsonNode m = register(member(branchA, "张三", "MALE", oldId, "13812345678", "1990-03-15"));
        String id = m.get("id").asString();
        String newId = idNumber(LocalDate.of(1990, 3, 15), true);

        MvcTestResult updated = patch(cityAdmin, "/api/members/" + id, Map.of("version", m.get("version").asInt(),
                "name", "张三丰", "phone", "13987654321", "idNumber", newId, "partyGroup", "第一党小组"));
        assertThat(updated).hasStatus(200);
        JsonNode view = body(updated);
        assertThat(view.get("name").asString()).isEqualTo("张三丰");
        assertThat(view.get("phone").asString()).isEqualTo("139****4321");
        assertThat(view.get("version").asInt()).isEqualTo(m.get("version").asInt() + 1);

        JsonNode history = body(get(cityAdmin, "/api/members/" + id + "/history"));
        Map<String, JsonNode> byField = new HashMap<>();
        history.get("items").forEach(e -> byField.put(e.get("field").asString(), e));
        assertThat(byField.keySet()).containsExactlyInAnyOrder("name", "phone", "idNumber", "partyGroup");
        assertThat(byField.get("name").get("oldValue").asString()).isEqualTo("张三");
        assertThat(byField.get("name").get("actorUsername").asString()).isEqualTo("admin");
        assertThat(byField.get("phone").get("oldValue").asString()).isEqualTo("138****5678");
        assertThat(byField.get("phone").get("newValue").asString()).isEqualTo("139****4321");
        assertThat(byField.get("idNumber").get("newValue").asString()).contains("*").doesNotContain(newId.substring(6, 14));
        String stored = String.join("|", jdbc.queryForList(
                "SELECT CONCAT_WS('|', old_value, new_value) FROM member_change WHERE member_id = ?", String.class, id));
        assertThat(stored).doesNotContain("13812345678", "13987654321", oldId, newId);

        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.member.updated.v1'"
                + " AND aggregate_id = ?", String.class, id);
        assertThat(payload).contains("\"name\":\"张三丰\"", "\"partyGroup\":\"第一党小组\"")
                .as("the phone travels sealed").doesNotContain("13987654321").doesNotContain("87654321");
        assertThat(seal.open(json.readTree(payload).get("phone").asString())).isEqualTo("13987654321");
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        JsonNode m = register(member(branchA, "李四", "MALE", idNumber(LocalDate.of(1985, 5, 5), true), null, "1985-05-05"));
        String id = m.get("id").asString();
        int version = m.get("version").asInt();
        assertThat(patch(cityAdmin, "/api/members/" + id, Map.of("version", version, "notes", "第一次"))).hasStatus(200);

        MvcTestResult stale = patch(cityAdmin, "/api/members/" + id, Map.of("version", version, "notes", "第二次"));
        assertThat(stale).hasStatus(409);
        assertThat(body(stale).get("code").asString()).isEqualTo("MEMBER_CHANGED_CONCURRENTLY");
        assertThat(body(get(cityAdmin, "/api/members/" + id)).get("notes").asString()).isEqualTo("第一次");
    }

    @Test
    void theMergedRecordMustStillAgreeWithItsIdNumber() {
        JsonNode m = register(member(branchA, "王五", "MALE", idNumber(LocalDate.of(1980, 1, 1), true), null, "1980-01-01"));
        MvcTestResult refused = patch(cityAdmin, "/api/members/" + m.get("id").asString(), Map.of("version", m.get("version").asInt(), "gender", "FEMALE", "birthDate", "1980-01-02"));
        assertThat(refused).hasStatus(400);
        assertThat(body(refused).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("gender", "birthDate");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_change WHERE member_id = ?", Integer.class,
                m.get("id").asLong())).isZero();
    }

    @Test
    void anIdNumberOfAnotherMemberIsAConflict() {
        String taken = idNumber(LocalDate.of(1970, 7, 7), false);
        register(member(branchA, "赵六", "FEMALE", taken, null, "1970-07-07"));
        JsonNode other = register(member(branchA, "钱七", "FEMALE", idNumber(LocalDate.of(1970, 7, 7), false), null,
                "1970-07-07"));
        MvcTestResult refused = patch(cityAdmin, "/api/members/" + other.get("id").asString(), Map.of("version", other.get("version").asInt(), "idNumber", taken));
        assertThat(refused).hasStatus(409);
        assertThat(body(refused).get("code").asString()).isEqualTo("MEMBER_ID_NUMBER_EXISTS");
    }

    @Test
    void outsideTheSubtreeTheMemberIsNotFoundAndReadersMayNotWrite() {
        JsonNode m = register(member(branchA, "孙八", "MALE", idNumber(LocalDate.of(1975, 3, 3), true), null, "1975-03-03"));
        String uri = "/api/members/" + m.get("id").asString();
        Map<String, Object> change = Map.of("version", m.get("version").asInt(), "notes", "越权");
        String adminB = TestTokens.orgAdmin(77, branchB, pathOf(branchB));
        assertThat(patch(adminB, uri, change)).hasStatus(404);
        assertThat(get(adminB, uri + "/history")).hasStatus(404);
        String adminA = TestTokens.orgAdmin(78, branchA, pathOf(branchA));
        assertThat(patch(adminA, uri, change)).hasStatus(200);

        String auditor = TestTokens.token(79, "auditor", root, "/" + root + "/", List.of("AUDITOR"), null,
                java.time.Duration.ofMinutes(5));
        assertThat(patch(auditor, uri, change)).hasStatus(403);
        assertThat(get(auditor, uri + "/history")).hasStatus(200);
        String self = TestTokens.token(80, "m" + m.get("id").asString(), branchA, pathOf(branchA), List.of("MEMBER"),
                m.get("id").asLong(), java.time.Duration.ofMinutes(5));
        assertThat(patch(self, uri, change)).hasStatus(403);
    }

    /** Registers through {@code POST /api/members} as the city administrator; the created record. */
    private JsonNode register(Map<String, Object> member) {
        return ok(post(cityAdmin, "/api/members", member));
    }
}
