package org.dangjian.recruitment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.contracts.recruitment.RecruitmentCaseOpened;
import org.dangjian.contracts.recruitment.RecruitmentStepRecorded;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.recruitment.cases.Performers;
import org.dangjian.recruitment.catalogue.Performer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * A case opens from a written application (the person checked, the numbers unreadable at rest, one open case
 * per person) and its steps are recorded by the organisation that performs each, in order and on time.
 */
class CaseTest extends TreeApiTest {
    @Autowired
    EventSeal seal;
    private static final String CASES = "/api/recruitment/cases";
    @Autowired
    private Performers performers;
    @Autowired
    private OrgDirectory orgs;
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    @Test
    void anApplicantMustBeEighteenOnTheApplicationDate() {
        LocalDate eighteenTomorrow = today().minusYears(18).plusDays(1);
        MvcTestResult young = post(branchAAdmin, CASES, application(branchA, idNumber(eighteenTomorrow), today()));
        assertThat(young.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(young).get("errors").findValuesAsString("field")).containsExactly("applicationDate");
        assertThat(body(young).get("errors").get(0).get("message").asString()).contains("18");

        MvcTestResult ofAge = post(branchAAdmin, CASES, application(branchA, idNumber(today().minusYears(18)), today()));
        assertThat(ofAge.getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void theApplicationIsCheckedFieldByField() {
        String valid = idNumber(LocalDate.of(1990, 1, 1));
        String wrongCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        Map<String, Object> bad = application(branchA, wrongCheckDigit, today().plusDays(1));
        bad.put("phone", "12345");
        bad.put("education", "99x");
        bad.put("gender", "7");
        MvcTestResult r = post(branchAAdmin, CASES, bad);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(r).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("idNumber", "gender", "phone", "education", "applicationDate");

        Map<String, Object> woman = application(branchA, idNumber(LocalDate.of(1995, 4, 2)), today());
        woman.put("gender", "2");
        MvcTestResult wrongGender = post(branchAAdmin, CASES, woman);
        assertThat(body(wrongGender).get("errors").findValuesAsString("field")).containsExactly("gender");
    }

    @Test
    void aPersonAppliesToABranchInTheCallersScope() {
        MvcTestResult toATown = post(town1Admin, CASES, application(town1, idNumber(LocalDate.of(1996, 1, 9)), today()));
        assertThat(toATown.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(toATown).get("errors").findValuesAsString("field")).containsExactly("orgId");

        MvcTestResult elsewhere = post(branchBAdmin, CASES, application(branchA, idNumber(LocalDate.of(1996, 1, 9)), today()));
        assertThat(elsewhere.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theIdNumberAndPhoneAreUnreadableInTheDatabase() {
        String id = idNumber(LocalDate.of(1994, 8, 17));
        JsonNode opened = ok(post(branchAAdmin, CASES, application(branchA, id, today())));

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM recruitment_case WHERE id = ?", opened.get("id").asLong());
        assertThat(row.values()).allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain(id)
                .doesNotContain("13912345678"));
        assertThat(opened.get("idNumber").asString()).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
        assertThat(opened.get("phone").asString()).isEqualTo("139****5678");
        assertThat(opened.get("birthDate").asString()).isEqualTo("1994-08-17");
        assertThat(opened.get("educationName").asString()).isEqualTo("大学本科毕业");
    }

    @Test
    void oneOpenCasePerPerson() {
        String id = idNumber(LocalDate.of(1993, 2, 5));
        ok(post(branchAAdmin, CASES, application(branchA, id, today())));

        MvcTestResult again = post(branchCAdmin, CASES, application(branchC, id.toLowerCase(), today()));

        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(again).get("code").asString()).isEqualTo("RECRUITMENT_CASE_ALREADY_OPEN");
    }

    @Test
    void anOpenedCaseHasItsApplicationRecordedAndIsAnnounced() {
        LocalDate applied = today().minusDays(10);
        JsonNode c = ok(post(branchAAdmin, CASES, application(branchA, idNumber(LocalDate.of(1992, 3, 3)), applied)));

        assertThat(c.get("stage").asString()).isEqualTo("APPLICANT");
        assertThat(c.get("steps").findValuesAsString("code")).containsExactly("N01");
        assertThat(c.get("steps").get(0).get("date").asString()).isEqualTo(applied.toString());
        JsonNode announced = payload(RecruitmentCaseOpened.TYPE, c.get("id").asLong()).get(0);
        assertThat(announced.get("applicantId").asLong()).isEqualTo(c.get("id").asLong());
        assertThat(announced.get("phone").asString()).as("sealed: the outbox and the topic keep events for days")
                .doesNotContain("13912345678").doesNotContain("12345678");
        assertThat(seal.open(announced.get("phone").asString())).as("for the applicant's SMS login").isEqualTo("13912345678");
        assertThat(announced.get("orgPath").asString()).isEqualTo(pathOf(branchA));
        assertThat(announced.get("applicationDate").asString()).isEqualTo(applied.toString());
    }

    @Test
    void theCaseShowsTheNextStepWithItsDatesAndWhoActs() {
        LocalDate applied = today().minusMonths(7);
        long id = open(applied);

        JsonNode next = ok(get(town1Admin, CASES + "/" + id)).get("next");
        assertThat(next.get("code").asString()).isEqualTo("N02");
        assertThat(next.get("dueDate").asString()).as("the talk within a month").isEqualTo(applied.plusMonths(1).toString());
        assertThat(next.get("performer").asString()).isEqualTo("BRANCH");
        assertThat(next.get("actingOrgId").asLong()).isEqualTo(branchA);

        record(branchAAdmin, id, "N02", applied.plusDays(20), Map.of("talker", "李明"));
        JsonNode afterTalk = ok(get(branchAAdmin, CASES + "/" + id)).get("next");
        assertThat(afterTalk.get("code").asString()).isEqualTo("N03");
        assertThat(afterTalk.get("firstAllowedDate").asString()).isEqualTo(applied.plusMonths(3).toString());

        LocalDate designated = applied.plusMonths(4);
        record(branchAAdmin, id, "N03", designated, Map.of("method", "党员推荐"));
        JsonNode filing = ok(get(branchAAdmin, CASES + "/" + id));
        assertThat(filing.get("stage").asString()).isEqualTo("ACTIVIST");
        assertThat(filing.get("next").get("performer").asString()).isEqualTo("SUPERIOR_COMMITTEE");
        assertThat(filing.get("next").get("actingOrgId").asLong()).as("the town's committee").isEqualTo(town1);
        assertThat(filing.get("next").get("firstAllowedDate").asString()).as("after 5 working days of notice")
                .isEqualTo(fiveWorkingDaysAfter(designated).toString());
    }

    @Test
    void aStepBeforeThePreviousOneIsRefusedNamingIt() {
        long id = open(today().minusMonths(5));

        MvcTestResult r = post(branchAAdmin, step(id, "N03"), Map.of("date", today().toString(),
                "fields", Map.of("method", "党员推荐")));

        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(r).get("code").asString()).isEqualTo("RECRUITMENT_STEP_PREVIOUS_FIRST");
        assertThat(body(r).get("detail").asString()).contains("N02");
    }

    @Test
    void aStepIsNotDatedBeforeThePreviousOneNorInTheFuture() {
        LocalDate applied = today().minusMonths(2);
        long id = open(applied);

        MvcTestResult before = post(branchAAdmin, step(id, "N02"), Map.of("date", applied.minusDays(1).toString(),
                "fields", Map.of("talker", "李明")));
        assertThat(before.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(before).get("code").asString()).isEqualTo("RECRUITMENT_STEP_BEFORE_PREVIOUS");
        assertThat(body(before).get("detail").asString()).contains("N01").contains(applied.toString());

        MvcTestResult future = post(branchAAdmin, step(id, "N02"), Map.of("date", today().plusDays(1).toString(),
                "fields", Map.of("talker", "李明")));
        assertThat(future.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(future).get("errors").findValuesAsString("field")).containsExactly("date");
    }

    @Test
    void aStepTooEarlyIsRefusedWithTheFirstAllowedDate() {
        LocalDate applied = today().minusMonths(2);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(7), Map.of("talker", "李明"));

        MvcTestResult r = post(branchAAdmin, step(id, "N03"), Map.of("date", today().toString(),
                "fields", Map.of("method", "党员推荐")));

        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(r).get("code").asString()).isEqualTo("RECRUITMENT_STEP_TOO_EARLY");
        assertThat(body(r).get("detail").asString()).contains("N03").contains(applied.plusMonths(3).toString())
                .contains("N01").contains(applied.toString());
    }

    @Test
    void aStepsFieldsAreThoseOfItsCatalogueEntry() {
        long id = open(today().minusMonths(2));

        MvcTestResult missing = post(branchAAdmin, step(id, "N02"), Map.of("date", today().toString(),
                "fields", Map.of("talkr", "李明")));

        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(missing).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("fields.talker", "fields.talkr");
    }

    @Test
    void everyRecordedStepIsAnnounced() {
        LocalDate applied = today().minusMonths(5);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        record(branchAAdmin, id, "N03", applied.plusMonths(3), Map.of("method", "群团组织推优"));

        List<JsonNode> announced = payload(RecruitmentStepRecorded.TYPE, id);

        assertThat(announced).extracting(e -> e.get("stepCode").asString()).containsExactly("N01", "N02", "N03");
        assertThat(announced).extracting(e -> e.get("date").asString())
                .containsExactly(applied.toString(), applied.plusDays(10).toString(), applied.plusMonths(3).toString());
        assertThat(announced).allSatisfy(e -> assertThat(e.get("orgPath").asString()).isEqualTo(pathOf(branchA)));
    }

    @Test
    void onlyTheOrganisationThatPerformsAStepRecordsIt() {
        LocalDate applied = today().minusMonths(6);
        long id = open(applied);
        record(town1Admin, id, "N02", applied.plusDays(10), Map.of("talker", "李明"));
        record(branchAAdmin, id, "N03", applied.plusMonths(3), Map.of("method", "党员推荐"));
        LocalDate filed = applied.plusMonths(4);

        MvcTestResult byTheBranch = post(branchAAdmin, step(id, "N04"), Map.of("date", filed.toString()));
        assertThat(byTheBranch.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(byTheBranch).get("detail").asString()).contains("上级党委");

        record(town1Admin, id, "N04", filed, Map.of());
        assertThat(ok(get(branchAAdmin, CASES + "/" + id)).get("steps").findValuesAsString("code"))
                .containsExactly("N01", "N02", "N03", "N04");
    }

    @Test
    void aCaseOutsideTheCallersScopeIsNotFound() {
        long id = open(today().minusMonths(1));

        assertThat(get(branchBAdmin, CASES + "/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(get(town2Admin, CASES + "/" + id).getResponse().getStatus()).isEqualTo(404);
        assertThat(post(branchBAdmin, step(id, "N02"), Map.of("date", today().toString(),
                "fields", Map.of("talker", "李明"))).getResponse().getStatus()).isEqualTo(404);
        assertThat(get(branchBAdmin, CASES + "?orgId=" + branchA).getResponse().getStatus()).isEqualTo(404);
        assertThat(get(town1Admin, CASES + "/" + id).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aSubtreesOpenCasesAreListedPaged() {
        long a1 = open(today().minusMonths(1));
        long a2 = open(today().minusMonths(2));
        long b = ok(post(branchBAdmin, CASES, application(branchB, idNumber(LocalDate.of(1990, 5, 5)), today())))
                .get("id").asLong();

        JsonNode branch = ok(get(branchAAdmin, CASES + "?orgId=" + branchA));
        assertThat(ids(branch)).containsExactly(a2, a1);
        assertThat(branch.get("items").get(0).get("nextStep").asString()).isEqualTo("N02");
        assertThat(branch.get("items").get(0).get("phone").asString()).isEqualTo("139****5678");

        JsonNode town = ok(get(town1Admin, CASES + "?size=2"));
        assertThat(town.get("total").asInt()).isEqualTo(3);
        assertThat(ids(town)).containsExactly(b, a2);
        assertThat(ok(get(town2Admin, CASES)).get("total").asInt()).isZero();
    }

    @Test
    void aCityMayAskAnOlderMinimumAgeFromADayOn() {
        try {
            ok(put(cityAdmin, "/api/recruitment/rule-sets/admission", Map.of("effectiveFrom", today().toString(),
                    "source", "市委组织部通知", "value", Map.of("minimumAge", 20))));

            MvcTestResult nineteen = post(branchAAdmin, CASES,
                    application(branchA, idNumber(today().minusYears(19)), today()));
            assertThat(nineteen.getResponse().getStatus()).isEqualTo(400);
            assertThat(body(nineteen).get("errors").get(0).get("message").asString()).contains("20");
            assertThat(post(branchAAdmin, CASES, application(branchA, idNumber(today().minusYears(19)),
                    today().minusDays(1))).getResponse().getStatus()).as("the day before, 18 was enough").isEqualTo(201);
            MvcTestResult belowTheConstitution = put(cityAdmin, "/api/recruitment/rule-sets/admission",
                    Map.of("effectiveFrom", today().toString(), "source", "x", "value", Map.of("minimumAge", 17)));
            assertThat(belowTheConstitution.getResponse().getStatus()).isEqualTo(400);
        } finally {
            jdbc.update("DELETE FROM rule_set WHERE name = 'admission'");
        }
    }

    @Test
    void aRefusalSaysTheFirstAllowedDateInEnglishToo() {
        LocalDate applied = today().minusMonths(2);
        long id = open(applied);
        record(branchAAdmin, id, "N02", applied.plusDays(7), Map.of("talker", "李明"));

        MvcTestResult r = mvc.post().uri(step(id, "N03")).header("Authorization", "Bearer " + branchAAdmin)
                .header("Accept-Language", "en").contentType("application/json")
                .content(json.writeValueAsString(Map.of("date", today().toString(), "fields", Map.of("method", "党员推荐"))))
                .exchange();

        assertThat(body(r).get("detail").asString()).isEqualTo("N03 can be recorded from " + applied.plusMonths(3)
                + ": at least 3 months after N01 on " + applied);
    }

    @Test
    void eachPerformerIsTheAdministratorOfItsOrganisation() {
        OrgRef a = orgs.find(branchA).orElseThrow();
        CurrentUser ofBranch = admin(branchA);
        CurrentUser ofTown = admin(town1);
        CurrentUser ofOtherTown = admin(town2);
        CurrentUser ofCity = admin(root);

        assertThat(performers.mayRecord(Performer.BRANCH, a, ofBranch)).isTrue();
        assertThat(performers.mayRecord(Performer.BRANCH, a, ofTown)).as("or above").isTrue();
        assertThat(performers.mayRecord(Performer.BRANCH, a, ofOtherTown)).isFalse();
        assertThat(performers.mayRecord(Performer.SUPERIOR_COMMITTEE, a, ofBranch)).isFalse();
        assertThat(performers.mayRecord(Performer.SUPERIOR_COMMITTEE, a, ofTown)).isTrue();
        assertThat(performers.mayRecord(Performer.APPROVING_COMMITTEE, a, ofOtherTown)).isFalse();
        assertThat(performers.mayRecord(Performer.ORG_DEPARTMENT, a, ofTown)).isFalse();
        assertThat(performers.mayRecord(Performer.ORG_DEPARTMENT, a, ofCity)).isTrue();
        assertThat(performers.actingOrg(Performer.APPROVING_COMMITTEE, a).orgId()).isEqualTo(town1);
        assertThat(performers.actingOrg(Performer.ORG_DEPARTMENT, a).orgId()).isEqualTo(root);
    }

    @Test
    void aMovedBranchTakesItsCasesAlong() {
        long id = open(today().minusMonths(1));
        String moved = path(root, town2, branchA);

        publish(new OrgMoved(branchA, town1, town2, pathOf(branchA), moved));

        awaitEffect(() -> count("SELECT COUNT(*) FROM recruitment_case WHERE id = ? AND org_path = ?", id, moved) == 1);
        assertThat(count("SELECT COUNT(*) FROM case_step WHERE case_id = ? AND org_path <> ?", id, moved)).isZero();
        assertThat(get(town2Admin, CASES + "/" + id).getResponse().getStatus()).isEqualTo(200);
        assertThat(get(town1Admin, CASES + "/" + id).getResponse().getStatus()).isEqualTo(404);
    }

    // ---- helpers ----

    private long open(LocalDate applied) {
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8000));
        return ok(post(branchAAdmin, CASES, application(branchA, idNumber(born), applied)))
                .get("id").asLong();
    }

    private void record(String token, long id, String code, LocalDate date, Map<String, Object> fields) {
        ok(post(token, step(id, code), Map.of("date", date.toString(), "fields", fields)));
    }

    private CurrentUser admin(long org) {
        return new CurrentUser(nextId(), "admin-" + org, org, pathOf(org),
                Set.of(org == root ? CurrentUser.CITY_ADMIN : CurrentUser.ORG_ADMIN), null);
    }

    private static String step(long id, String code) {
        return CASES + "/" + id + "/steps/" + code;
    }

    private Map<String, Object> application(long branch, String idNumber, LocalDate applied) {
        Map<String, Object> a = new HashMap<>();
        a.put("name", "张晓明");
        a.put("gender", "1");
        a.put("idNumber", idNumber);
        a.put("phone", "13912345678");
        a.put("workUnit", "昆山市玉山镇城北社区居委会");
        a.put("education", "21");
        a.put("ethnicity", "01");
        a.put("applicationDate", applied.toString());
        a.put("orgId", branch);
        return a;
    }

    /** A man's valid ID number born on that day, none used twice in a run (one open case per person). */
    private static String idNumber(LocalDate born) {
        return ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, born, true, SEQUENCE.getAndIncrement() % 500);
    }

    private List<JsonNode> payload(String type, long caseId) {
        return jdbc.queryForList("SELECT payload FROM dj_outbox WHERE event_type = ? AND aggregate_id = ? ORDER BY id",
                String.class, type, Long.toString(caseId)).stream().map(json::readTree).toList();
    }

    private static LocalDate fiveWorkingDaysAfter(LocalDate day) {
        LocalDate d = day;
        for (int n = 0; n < 5; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                n++;
            }
        }
        return d;
    }
}
