package org.dangjian.cadre.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.cadre.CadreApiTest;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * A non-member cadre's ID and phone numbers: checked, kept encrypted, shown masked, read in clear only by a caller
 * with the unmask right who says why, every attempt on record; one person recorded once.
 */
class CadreUnmaskTest extends CadreApiTest {
    private static final String REASON = "村委换届资格审查，核对身份证号";
    private static final LocalDate BORN = LocalDate.of(1975, 3, 2);

    @Test
    void a_non_members_numbers_are_kept_encrypted_shown_masked_and_read_in_clear_with_a_reason_on_record() {
        String idNumber = ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, BORN, true, 317);
        String cadre = ok(post(town2Admin, "/api/cadres", person(idNumber, "13912345678"))).get("id").asString();

        JsonNode shown = ok(get(town2Admin, "/api/cadres/" + cadre));
        assertThat(shown.get("idNumberMasked").asString()).startsWith("3205").doesNotContain(idNumber.substring(6, 14));
        assertThat(shown.get("phoneMasked").asString()).isEqualTo("139****5678");
        assertThat(shown.toString()).doesNotContain(idNumber).doesNotContain("13912345678");
        Map<String, Object> row = jdbc.queryForMap("SELECT id_number_enc, phone_enc FROM cadre WHERE id = ?", Long.valueOf(cadre));
        assertThat(row.values().toString()).doesNotContain(idNumber).doesNotContain("13912345678");

        MvcTestResult clear = post(town2Admin, "/api/cadres/" + cadre + "/unmask", Map.of("reason", REASON));
        assertThat(clear).hasStatusOk();
        assertThat(clear.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(body(clear).get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(body(clear).get("phone").asString()).isEqualTo("13912345678");
        assertThat(post(town2Admin, "/api/cadres/" + cadre + "/unmask", Map.of("reason", ""))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
        assertThat(post(auditorToken(root, pathOf(root)), "/api/cadres/" + cadre + "/unmask", Map.of("reason", REASON)))
                .hasStatus(403);
        assertThat(post(town1Admin, "/api/cadres/" + cadre + "/unmask", Map.of("reason", REASON))).hasStatus(404);
        List<Map<String, Object>> reads = jdbc.queryForList("SELECT action, allowed, detail FROM sensitive_read_audit"
                + " WHERE subject_id = ? ORDER BY id", Long.valueOf(cadre));
        assertThat(reads).extracting(r -> r.get("detail")).containsExactly(REASON, "NO_UNMASK_RIGHT: " + REASON,
                "NOT_FOUND_OR_OUT_OF_SCOPE: " + REASON);
        assertThat(reads).extracting(r -> r.get("action")).containsOnly("UNMASK_CADRE");

        assertThat(post(town2Admin, "/api/cadres", person(idNumber, null))).as("the same person again").hasStatus(409)
                .bodyJson().extractingPath("$.code").isEqualTo("CADRE_PERSON_ALREADY_RECORDED");
    }

    @Test
    void numbers_are_checked_at_their_fields_and_a_members_are_the_member_records() {
        String otherId = ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, BORN.plusDays(1), true, 319);
        assertThat(post(town2Admin, "/api/cadres", person("320583197503021230", null))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("idNumber");
        assertThat(post(town2Admin, "/api/cadres", person(otherId, null))).as("born another day").hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("idNumber");
        assertThat(post(town2Admin, "/api/cadres", person(null, "1391234567"))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("phone");

        long member = member(branchC, "成党员", "MALE", BORN, "21");
        assertThat(post(town2Admin, "/api/cadres", Map.of("memberId", member, "phone", "13912345670"))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("phone");
        String cadre = memberCadre(town2Admin, member).get("id").asString();
        assertThat(post(town2Admin, "/api/cadres/" + cadre + "/unmask", Map.of("reason", REASON))).hasStatus(409)
                .bodyJson().extractingPath("$.code").isEqualTo("CADRE_MEMBER_NUMBERS_IN_RECORD");
    }

    private Map<String, Object> person(String idNumber, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("orgId", branchC, "name", "严村委", "gender", "MALE",
                "birthDate", BORN.toString(), "education", "31"));
        if (idNumber != null) {
            body.put("idNumber", idNumber);
        }
        if (phone != null) {
            body.put("phone", phone);
        }
        return body;
    }
}
