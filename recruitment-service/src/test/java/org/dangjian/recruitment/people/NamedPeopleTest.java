package org.dangjian.recruitment.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dangjian.recruitment.vote.CaseUnderWayTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Training contacts (N05, one or two) and introducers (N09, exactly two) are full members on the roster, each named
 * once; a fault names the id and the reason.
 */
class NamedPeopleTest extends CaseUnderWayTest {

    @Test
    void anIntroducerMustBeAFullMember() {
        long full = fullMembers(branchA, 1).get(0);
        long probationary = probationaryMembers(branchA, 1).get(0);
        long id = caseAt("N09");

        MvcTestResult r = record(branchAAdmin, id, "N09", people(full, probationary));

        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").findValuesAsString("field")).containsExactly("people[1]");
        assertThat(body(r).get("errors").get(0).get("message").asString()).contains(Long.toString(probationary))
                .contains("不是正式党员").contains("入党介绍人");
        assertThat(theCase(id).get("steps").findValuesAsString("code")).doesNotContain("N09");
    }

    @Test
    void twoIntroducersExactly() {
        List<Long> members = fullMembers(branchA, 3);
        long id = caseAt("N09");

        MvcTestResult one = record(branchAAdmin, id, "N09", people(members.get(0)));
        assertThat(one.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(one).get("errors").findValuesAsString("field")).containsExactly("people");
        MvcTestResult three = record(branchAAdmin, id, "N09", people(members.get(0), members.get(1), members.get(2)));
        assertThat(body(three).get("errors").findValuesAsString("field")).containsExactly("people");

        ok(record(branchAAdmin, id, "N09", people(members.get(1), members.get(0))));

        JsonNode introducers = step(theCase(id), "N09").get("people");
        assertThat(introducers.findValuesAsString("name")).containsExactly(nameOf(members.get(1)), nameOf(members.get(0)));
    }

    @Test
    void anIntroducerFromAnotherBranchOfTheCityMayIntroduce() {
        long here = fullMembers(branchA, 1).get(0);
        long elsewhere = fullMembers(branchC, 1).get(0);
        long id = caseAt("N09");

        ok(record(branchAAdmin, id, "N09", people(here, elsewhere)));
    }

    @Test
    void oneOrTwoTrainingContactsKnownOnTheRosterEachNamedOnce() {
        long contact = fullMembers(branchA, 1).get(0);
        long id = caseAt("N05");

        MvcTestResult twice = record(branchAAdmin, id, "N05", people(contact, contact));
        assertThat(body(twice).get("errors").findValuesAsString("field")).containsExactly("people[1]");
        MvcTestResult unknown = record(branchAAdmin, id, "N05", Map.of("date", today().toString(),
                "people", List.of("424242424242", "张三")));
        assertThat(body(unknown).get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("people[0]", "people[1]");
        assertThat(body(unknown).get("errors").findValuesAsString("message")).anySatisfy(m -> assertThat(m)
                .contains("424242424242").contains("名册"));
        MvcTestResult none = record(branchAAdmin, id, "N05", Map.of("date", today().toString()));
        assertThat(body(none).get("errors").findValuesAsString("field")).containsExactly("people");

        ok(record(branchAAdmin, id, "N05", people(contact)));
        JsonNode contacts = step(theCase(id), "N05").get("people");
        assertThat(contacts.get(0).get("memberId").asLong()).isEqualTo(contact);
        assertThat(contacts.get(0).get("name").asString()).isEqualTo(nameOf(contact));
    }

    private long caseAt(String code) {
        long id = openCase(today().minusYears(2));
        doneBefore(id, code, today().minusMonths(1));
        return id;
    }

    private String nameOf(long member) {
        return jdbc.queryForObject("SELECT name FROM member_ref WHERE member_id = ?", String.class, member);
    }

    private Map<String, Object> people(Long... ids) {
        return Map.of("date", today().toString(), "people", List.of(ids).stream().map(String::valueOf).toList());
    }
}
