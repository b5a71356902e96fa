package org.dangjian.recruitment.vote;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cases part-way through their development, for the tests of what a step asks for (votes, people named, exams):
 * a case opened through the API in branch A, its earlier steps written as history, members on the branch's roster
 * as member-service announces them.
 */
public abstract class CaseUnderWayTest extends TreeApiTest {
    protected static final String CASES = "/api/recruitment/cases";
    /**
     * The national catalogue without the evidence its steps ask for (the photos of the meetings), so that a vote is
     * tested on its own: attachments are another feature's. Kept apart from the versions a city loads (0, never the
     * latest), so new cases never start on it.
     */
    private static final int WITHOUT_EVIDENCE = 0;
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    @AfterEach
    void dropTheCatalogueWithoutEvidence() {
        // the cases go back to the national catalogue: other tests (the deadline run) read every open case's version
        jdbc.update("UPDATE recruitment_case SET catalogue_version = 1 WHERE catalogue_version = ?", WITHOUT_EVIDENCE);
        jdbc.update("DELETE FROM catalogue WHERE version = ?", WITHOUT_EVIDENCE);
    }

    /** A case opened in branch A on the national catalogue, applied on {@code applied}. */
    protected long openCase(LocalDate applied) {
        LocalDate born = LocalDate.of(1975, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(8000));
        Map<String, Object> a = new HashMap<>();
        a.put("name", "张晓明");
        a.put("gender", "1");
        a.put("idNumber", ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, born, true, SEQUENCE.getAndIncrement() % 500));
        a.put("phone", "13912345678");
        a.put("workUnit", "昆山市玉山镇城北社区居委会");
        a.put("education", "21");
        a.put("ethnicity", "01");
        a.put("applicationDate", applied.toString());
        a.put("orgId", branchA);
        return ok(post(branchAAdmin, CASES, a)).get("id").asLong();
    }

    /** The case follows the national catalogue without its evidence from now on. */
    protected void withoutEvidence(long caseId) {
        ObjectNode doc = (ObjectNode) json.readTree(jdbc.queryForObject(
                "SELECT document FROM catalogue WHERE version = 1", String.class));
        doc.get("steps").valueStream().forEach(s -> ((ObjectNode) s).remove("evidence"));
        jdbc.update("INSERT IGNORE INTO catalogue (version, name, source, refines, document, loaded_by, loaded_at)"
                + " SELECT ?, name, source, 1, ?, NULL, loaded_at FROM catalogue WHERE version = 1",
                WITHOUT_EVIDENCE, json.writeValueAsString(doc));
        jdbc.update("UPDATE recruitment_case SET catalogue_version = ? WHERE id = ?", WITHOUT_EVIDENCE, caseId);
    }

    /** Every step before {@code code} recorded on {@code on}, as if done through the steps' own routes. */
    protected void doneBefore(long caseId, String code, LocalDate on) {
        int version = jdbc.queryForObject("SELECT catalogue_version FROM recruitment_case WHERE id = ?", Integer.class, caseId);
        JsonNode steps = json.readTree(jdbc.queryForObject("SELECT document FROM catalogue WHERE version = ?",
                String.class, version)).get("steps");
        String path = pathOf(branchA);
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i).get("code").asString();
            if (step.equals(code)) {
                jdbc.update("UPDATE recruitment_case SET last_step = ?, last_step_on = ?, stage = ? WHERE id = ?",
                        steps.get(i - 1).get("code").asString(), on, steps.get(i - 1).get("stage").asString(), caseId);
                return;
            }
            jdbc.update("INSERT IGNORE INTO case_step (case_id, step_code, position, org_path, done_on, recorded_by,"
                    + " recorded_at) VALUES (?, ?, ?, ?, ?, 1, NOW(3))", caseId, step, i, path, on);
        }
        throw new IllegalArgumentException("no step " + code);
    }

    protected MvcTestResult record(String token, long caseId, String code, Map<String, Object> body) {
        return post(token, CASES + "/" + caseId + "/steps/" + code, body);
    }

    protected JsonNode theCase(long caseId) {
        return ok(get(branchAAdmin, CASES + "/" + caseId));
    }

    protected static JsonNode step(JsonNode theCase, String code) {
        return theCase.get("steps").valueStream().filter(s -> code.equals(s.get("code").asString())).findFirst()
                .orElseThrow();
    }

    /** {@code n} full members of {@code branch} on the roster; their ids. */
    protected List<Long> fullMembers(long branch, int n) {
        return members(branch, n, "FULL");
    }

    protected List<Long> probationaryMembers(long branch, int n) {
        return members(branch, n, "PROBATIONARY");
    }

    private List<Long> members(long branch, int n, String standing) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = nextId();
            publish(new MemberRegisteredV2(id, branch, pathOf(branch), "党员" + id, "FEMALE",
                    LocalDate.of(1985, 3, 8), LocalDate.of(2010, 7, 1),
                    new MembershipStatus(standing, "ACTIVE", null, false), null));
            ids.add(id);
        }
        awaitEffect(() -> ids.stream().allMatch(id -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", id) == 1));
        return ids;
    }
}
