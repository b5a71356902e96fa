package org.dangjian.member.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.member.LifecycleApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A member in the mini-program: their record, their whereabouts, a new phone proven by an SMS code. */
class OwnRecordTest extends LifecycleApiTest {
    @Autowired
    EventSeal seal;

    @Test
    void aMemberReadsTheirOwnRecordWithTheirBranchsNameAndAnAdministratorHasNone() {
        long id = register(member(branchA, "张三", "MALE", idNumber(LocalDate.of(1990, 3, 15), true), "13812345678",
                "1990-03-15")).get("id").asLong();
        JsonNode me = body(get(memberToken(id, branchA, pathOf(branchA)), "/api/members/me"));
        assertThat(me.get("id").asLong()).isEqualTo(id);
        assertThat(me.get("phone").asString()).isEqualTo("138****5678");
        assertThat(me.get("orgName").asString()).as("a member may not read organisations, so the record names the branch")
                .isEqualTo("城北社区党支部");
        MvcTestResult admin = get(cityAdmin, "/api/members/me");
        assertThat(admin).hasStatus(404);
    }

    @Test
    void aMemberSaysWhereTheyAre() {
        long id = register(member(branchA, "李四", "FEMALE", idNumber(LocalDate.of(1985, 1, 1), false), null,
                "1985-01-01")).get("id").asLong();
        String token = memberToken(id, branchA, pathOf(branchA));
        MvcTestResult notMobile = put(token, "/api/members/me/mobile", Map.of("mobileCity", "上海"));
        assertThat(notMobile).as("the branch records mobility first").hasStatus(409);
        assertThat(body(notMobile).get("code").asString()).isEqualTo("MEMBER_NOT_MOBILE");
        act(id, "mobility", Map.of("region", "310115"));
        int changesBefore = body(get(cityAdmin, "/api/members/" + id + "/history")).get("items").size();

        MvcTestResult moved = put(token, "/api/members/me/mobile", Map.of("mobileCity", "上海", "mobileUnit", "浦东某公司", "mobileContact", "王经理"));
        assertThat(moved).hasStatus(200);
        assertThat(body(moved).get("mobile").get("city").asString()).isEqualTo("上海");
        assertThat(body(moved).get("mobile").get("region").asString()).isEqualTo("310115");

        JsonNode history = body(get(cityAdmin, "/api/members/" + id + "/history"));
        assertThat(history.get("items").findValuesAsString("field").subList(0, history.get("items").size() - changesBefore))
                .containsExactlyInAnyOrder("mobileCity", "mobileUnit", "mobileContact");
        assertThat(history.get("items").get(0).get("actorUsername").asString()).isEqualTo("m" + id);
    }

    @Test
    void thePhoneChangesOnlyWithTheCodeSentToTheNewNumber() {
        long id = register(member(branchA, "王五", "MALE", idNumber(LocalDate.of(1980, 6, 6), true), "13812345678",
                "1980-06-06")).get("id").asLong();
        String token = memberToken(id, branchA, pathOf(branchA));
        assertThat(post(token, "/api/members/me/phone/code", Map.of("phone", "13700001111"))).hasStatus(202);
        MvcTestResult again = post(token, "/api/members/me/phone/code", Map.of("phone", "13700001111"));
        assertThat(again).hasStatus(429);

        JsonNode sent = json.readTree(jdbc.queryForObject("SELECT payload FROM dj_outbox"
                + " WHERE event_type = 'dj.member.phone-code-requested.v1' AND aggregate_id = ?", String.class, Long.toString(id)));
        assertThat(sent.toString()).as("phone and code travel sealed").doesNotContain("13700001111")
                .doesNotContain("00001111");
        assertThat(seal.open(sent.get("phone").asString())).isEqualTo("13700001111");
        String code = seal.open(sent.get("code").asString());
        assertThat(sent.get("code").asString()).doesNotContain(code);
        String wrong = code.equals("000000") ? "111111" : "000000";

        MvcTestResult refused = post(token, "/api/members/me/phone", Map.of("phone", "13700001111", "code", wrong));
        assertThat(refused).hasStatus(400);
        assertThat(body(refused).get("errors").get(0).get("field").asString()).isEqualTo("code");
        MvcTestResult otherNumber = post(token, "/api/members/me/phone", Map.of("phone", "13700002222", "code", code));
        assertThat(otherNumber).hasStatus(400);
        assertThat(body(get(token, "/api/members/me")).get("phone").asString()).isEqualTo("138****5678");

        MvcTestResult changed = post(token, "/api/members/me/phone", Map.of("phone", "13700001111", "code", code));
        assertThat(changed).hasStatus(200);
        assertThat(body(changed).get("phone").asString()).isEqualTo("137****1111");
        MvcTestResult reused = post(token, "/api/members/me/phone", Map.of("phone", "13700001111", "code", code));
        assertThat(reused).hasStatus(400);

        List<String> history = jdbc.queryForList("SELECT CONCAT(old_value, '>', new_value) FROM member_change"
                + " WHERE member_id = ? AND field = 'phone'", String.class, id);
        assertThat(history).containsExactly("138****5678>137****1111");
        JsonNode updated = json.readTree(jdbc.queryForObject("SELECT payload FROM dj_outbox"
                + " WHERE event_type = 'dj.member.updated.v1' AND aggregate_id = ?", String.class, Long.toString(id)));
        assertThat(updated.get("changed").get(0).asString()).isEqualTo("phone");
        assertThat(seal.open(updated.get("phone").asString())).as("sealed, for org-service and notify-service")
                .isEqualTo("13700001111");
    }

    /** Registers through {@code POST /api/members} as the city administrator; the created record. */
    private JsonNode register(Map<String, Object> member) {
        return ok(post(cityAdmin, "/api/members", member));
    }
}
