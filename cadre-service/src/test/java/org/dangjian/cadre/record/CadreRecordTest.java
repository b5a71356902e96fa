package org.dangjian.cadre.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.cadre.CadreApiTest;
import org.dangjian.contracts.member.MemberUpdated;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Cadre records: a member's details come from the member record, anyone else's are typed once. */
class CadreRecordTest extends CadreApiTest {

    @Test
    void a_member_cadre_shows_the_member_records_name_sex_birth_and_education_and_follows_their_changes() {
        long m = member(branchC, "周建华", "MALE", LocalDate.of(1980, 6, 1), "21");
        JsonNode cadre = memberCadre(town2Admin, m);
        assertThat(cadre.get("name").asString()).isEqualTo("周建华");
        assertThat(cadre.get("gender").asString()).isEqualTo("MALE");
        assertThat(cadre.get("birthDate").asString()).isEqualTo("1980-06-01");
        assertThat(cadre.get("educationLabel").asString()).isEqualTo("大学本科毕业");
        assertThat(cadre.get("orgId").asLong()).as("kept under the member's branch").isEqualTo(branchC);
        assertThat(cadre.get("orgName").asString()).isEqualTo("市北村党支部");

        // member-service records a master's degree: the cadre record shows it without anyone typing it again
        publish(new MemberUpdated(m, branchC, pathOf(branchC), List.of("education"), "周建华", null, null, null, "14"));
        String id = cadre.get("id").asString();
        awaitEffect(() -> "14".equals(ok(get(town2Admin, "/api/cadres/" + id)).get("education").asString()));
        assertThat(ok(get(town2Admin, "/api/cadres/" + id)).get("educationLabel").asString()).isEqualTo("硕士研究生毕业");
    }

    @Test
    void a_member_is_recorded_once_and_their_details_are_not_typed_again() {
        long m = member(branchA, "陈晓燕", "FEMALE", LocalDate.of(1990, 1, 9), "31");
        memberCadre(branchAAdmin, m);
        assertThat(post(town1Admin, "/api/cadres", Map.of("memberId", m))).hasStatus(409).bodyJson()
                .extractingPath("$.code").isEqualTo("CADRE_MEMBER_ALREADY_RECORDED");
        long other = member(branchA, "李强", "MALE", LocalDate.of(1985, 2, 2), "21");
        assertThat(post(branchAAdmin, "/api/cadres", Map.of("memberId", other, "name", "李强强"))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void a_cadre_who_is_not_a_member_needs_name_sex_and_birth_date_and_a_known_education_code() {
        JsonNode cadre = otherCadre(town2Admin, branchC, "王建国");
        assertThat(cadre.get("memberId")).isNull();
        assertThat(cadre.get("educationLabel").asString()).isEqualTo("大学专科毕业");
        assertThat(post(town2Admin, "/api/cadres", Map.of("orgId", branchC, "gender", "MALE", "birthDate", "1970-01-01")))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(post(town2Admin, "/api/cadres", Map.of("orgId", branchC, "name", "张三", "gender", "MALE",
                "birthDate", "1970-01-01", "education", "99"))).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("education");
    }

    @Test
    void another_subtrees_administrator_can_neither_record_nor_read_a_cadre() {
        long m = member(branchC, "吴村官", "FEMALE", LocalDate.of(1996, 4, 4), "21");
        assertThat(post(town1Admin, "/api/cadres", Map.of("memberId", m))).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("memberId");
        assertThat(post(town1Admin, "/api/cadres", Map.of("orgId", branchC, "name", "张三", "gender", "MALE",
                "birthDate", "1970-01-01"))).hasStatus(400).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("orgId");
        String id = memberCadre(town2Admin, m).get("id").asString();
        assertThat(get(town1Admin, "/api/cadres/" + id)).hasStatus(404);
        assertThat(names(ok(get(town1Admin, "/api/cadres")))).doesNotContain("吴村官");
        assertThat(names(ok(get(cityAdmin, "/api/cadres?orgId=" + town2)))).contains("吴村官");
        assertThat(get(memberToken(m, branchC), "/api/cadres/" + id)).hasStatus(403);
    }
}
