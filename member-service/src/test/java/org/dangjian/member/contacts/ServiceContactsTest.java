package org.dangjian.member.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Another service asking for members' contacts: clear phones for a service's token only, in one batch,
 * every read on record under the service's name.
 */
class ServiceContactsTest extends TreeApiTest {
    private static final String URI = "/internal/members/contacts";
    private static final String NOTIFY = TestTokens.service("notify-service");

    private long registered(long branch, String name, String phone) {
        return register(member(branch, name, "MALE", idNumber(LocalDate.of(1970, 6, 1), true), phone, "1970-06-01"))
                .get("id").asLong();
    }

    private MvcTestResult ask(String token, List<Long> ids) {
        return post(token, URI, Map.of("memberIds", ids.stream().map(String::valueOf).toList()));
    }

    @Test
    void only_notify_service_may_read_clear_phones_a_token_of_any_other_service_is_refused() {
        long zhang = registered(branchA, "张三", "13812345678");

        MvcTestResult points = ask(TestTokens.service("points-service"), List.of(zhang));

        assertThat(points).hasStatus(403);
        assertThat(body(points).toString()).doesNotContain("13812345678");
        assertThat(ask(TestTokens.service("org-service"), List.of(zhang))).hasStatus(403);
    }

    @Test
    void a_service_gets_several_members_in_one_call_with_clear_phones_and_each_read_is_audited() {
        long zhang = registered(branchA, "张三", "13812345678");
        long li = registered(branchC, "李四", null);
        long unknown = nextId();

        MvcTestResult answer = ask(NOTIFY, List.of(zhang, li, unknown, zhang));
        assertThat(answer).hasStatus(200);
        assertThat(answer.getResponse().getHeader("Cache-Control")).contains("no-store");
        JsonNode contacts = body(answer);
        assertThat(contacts).hasSize(2);
        JsonNode first = contacts.get(0).get("memberId").asLong() == zhang ? contacts.get(0) : contacts.get(1);
        JsonNode second = first == contacts.get(0) ? contacts.get(1) : contacts.get(0);
        assertThat(first.get("phone").asString()).isEqualTo("13812345678");
        assertThat(first.get("name").asString()).isEqualTo("张三");
        assertThat(first.get("orgId").asLong()).isEqualTo(branchA);
        assertThat(first.get("orgPath").asString()).isEqualTo(pathOf(branchA));
        assertThat(first.get("status").asString()).isEqualTo("FULL");
        assertThat(second.get("memberId").asLong()).as("another town: a service has no scope").isEqualTo(li);
        assertThat(second.has("phone")).as("no phone: left out").isFalse();

        List<Map<String, Object>> audit = jdbc.queryForList("SELECT subject_id, actor_id, actor_username, action, allowed,"
                + " detail FROM sensitive_read_audit WHERE subject_id IN (?, ?, ?) ORDER BY subject_id", zhang, li, unknown);
        assertThat(audit).extracting(r -> r.get("subject_id")).containsExactly(zhang, li, unknown);
        assertThat(audit).allSatisfy(r -> {
            assertThat(r.get("actor_id")).isNull();
            assertThat(r.get("actor_username")).isEqualTo("service:notify-service");
            assertThat(r.get("action")).isEqualTo("SERVICE_CONTACT_LOOKUP");
            assertThat(r.get("allowed")).isEqualTo(true);
            assertThat(r.get("detail")).isEqualTo("batch of 3, 2 found");
        });
        JsonNode log = body(get(cityAdmin, "/api/members/audit/sensitive-reads?memberId=" + zhang));
        assertThat(log.get("items").get(0).get("actorUsername").asString()).isEqualTo("service:notify-service");
    }

    @Test
    void people_even_the_city_administrator_get_nothing_and_the_route_is_not_public() {
        long zhang = registered(branchA, "王五", "13900002222");
        MvcTestResult admin = ask(cityAdmin, List.of(zhang));
        assertThat(admin).hasStatus(403);
        assertThat(body(admin).toString()).doesNotContain("13900002222");
        MvcTestResult anonymous = mvc.post().uri(URI).contentType("application/json")
                .content("{\"memberIds\":[\"" + zhang + "\"]}").exchange();
        assertThat(anonymous).hasStatus(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sensitive_read_audit WHERE subject_id = ?", Integer.class,
                zhang)).isZero();
    }

    @Test
    void a_service_token_opens_no_public_member_route() {
        long zhang = registered(branchA, "赵六", "13900003333");
        assertThat(get(NOTIFY, "/api/members/" + zhang)).hasStatus(403);
    }

    @Test
    void more_than_500_ids_or_none_is_a_bad_request() {
        // ids no member has, so that the accepted batch puts nobody's read on record
        List<Long> tooMany = LongStream.rangeClosed(1, 501).map(i -> nextId()).boxed().toList();
        MvcTestResult big = ask(NOTIFY, tooMany);
        assertThat(big).hasStatus(400);
        assertThat(body(big).get("errors").get(0).get("field").asString()).isEqualTo("memberIds");
        assertThat(ask(NOTIFY, List.of())).hasStatus(400);
        assertThat(ask(NOTIFY, tooMany.subList(0, 500))).hasStatus(200);
    }

    /** Registers through {@code POST /api/members} as the city administrator; the created record. */
    private JsonNode register(Map<String, Object> member) {
        return ok(post(cityAdmin, "/api/members", member));
    }
}
