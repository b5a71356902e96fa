package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reliability suite, broken object-level authorisation: every operation the services' API documents list with a path
 * variable is called by the administrator of another branch (in another town) with an object of this branch, one of
 * each kind made for the purpose through the gateway, and must answer 404: the object is not there for them, and the
 * answer says no more than that (not 403, not 409, not a validation problem about the object). Operations left out
 * are listed below with the reason; those a branch administrator has no right to call are still called, and must be
 * refused (403) before any object is read. The matrix comes from {@code docs/openapi/}: an operation added to a
 * service without a place here fails the test.
 */
@Order(Integer.MAX_VALUE - 3)
class BolaMatrixE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String CITY_ONLY = "a city administrator's right: refused (403) before any object is read";
    private static final String CITY_WIDE = "city-wide data, no branch's object";
    private static final String OWN_STUDY = "a member's own study: an account without a member record is refused before"
            + " any lesson or course is read";
    private static final String OWN_EXAM = "a member's or an applicant's own exam: an administrator's account is refused"
            + " before any exam or attempt is read";

    /** Operations not called with another branch's object, and why; those marked 403 are called and refused. */
    private static final Map<String, String> LEFT_OUT = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /api/members/dead-letters/{id}/replay", "403 " + CITY_ONLY),
            Map.entry("POST /api/notifications/dead-letters/{id}/replay", "403 " + CITY_ONLY),
            Map.entry("POST /api/orgs/dead-letters/{id}/replay", "403 " + CITY_ONLY),
            Map.entry("POST /api/points/dead-letters/{id}/replay", "403 " + CITY_ONLY),
            Map.entry("POST /api/recruitment/dead-letters/{id}/replay", "403 " + CITY_ONLY),
            Map.entry("POST /api/transfers/dead-letters/{id}/replay", "403 " + CITY_ONLY),
            Map.entry("POST /api/learning/dead-letters/{id}/replay", "403 " + CITY_ONLY),
            Map.entry("POST /api/cadres/dead-letters/{id}/replay", "403 " + CITY_ONLY),
            Map.entry("PUT /api/learning/rule-sets/{name}", "403 " + CITY_ONLY),
            Map.entry("GET /api/learning/rule-sets/{name}", CITY_WIDE + ": the rules in force, the same for every branch"),
            Map.entry("POST /api/learning/lessons/{lessonId}/heartbeats", "403 " + OWN_STUDY),
            Map.entry("GET /api/learning/lessons/{lessonId}/progress", "403 " + OWN_STUDY),
            Map.entry("GET /api/learning/my/courses/{id}", "403 " + OWN_STUDY),
            Map.entry("GET /api/learning/lessons/{lessonId}/media", "403 " + OWN_STUDY),
            Map.entry("GET /api/learning/media/{id}/content",
                    "public by design: the signed link is the credential (a player cannot send a token)"),
            Map.entry("GET /api/learning/my/courses/{id}/threads", "403 " + OWN_STUDY),
            Map.entry("POST /api/learning/my/courses/{id}/threads", "403 " + OWN_STUDY),
            Map.entry("GET /api/learning/my/threads/{id}", "403 " + OWN_STUDY),
            Map.entry("POST /api/learning/my/threads/{id}/replies", "403 " + OWN_STUDY),
            Map.entry("POST /api/learning/my/posts/{id}/report", "403 " + OWN_STUDY),
            Map.entry("DELETE /api/learning/discussion/sensitive-words/{id}", "403 " + CITY_ONLY),
            Map.entry("POST /api/learning/exams/{id}/attempts", "403 " + OWN_EXAM),
            Map.entry("GET /api/learning/attempts/{id}", "403 " + OWN_EXAM),
            Map.entry("PUT /api/learning/attempts/{id}/answers", "403 " + OWN_EXAM),
            Map.entry("POST /api/learning/attempts/{id}/submit", "403 " + OWN_EXAM),
            Map.entry("PUT /api/members/rule-sets/{name}", "403 " + CITY_ONLY),
            Map.entry("PUT /api/points/rule-sets/{name}", "403 " + CITY_ONLY),
            Map.entry("PUT /api/recruitment/rule-sets/{name}", "403 " + CITY_ONLY),
            Map.entry("PUT /api/notifications/templates/{kind}", "403 " + CITY_ONLY),
            Map.entry("PUT /api/recruitment/templates/{name}/file", "403 " + CITY_ONLY),
            Map.entry("PUT /api/transfers/calendar/{year}", CITY_WIDE + ": the holiday calendar, written by the city"
                    + " administrator only (a branch administrator's body is checked, 400, before the right)"),
            Map.entry("GET /api/members/rule-sets/{name}", CITY_WIDE + ": the rules in force, the same for every branch"),
            Map.entry("GET /api/points/rule-sets/{name}", CITY_WIDE + ": the rules in force, the same for every branch"),
            Map.entry("GET /api/recruitment/rule-sets/{name}", CITY_WIDE + ": the rules in force, the same for every branch"),
            Map.entry("GET /api/notifications/templates/{kind}", CITY_WIDE + ": the wording of a kind of notice"),
            Map.entry("GET /api/recruitment/templates/{name}/file", CITY_WIDE + ": a blank material template"),
            Map.entry("GET /api/recruitment/catalogues/{version}", CITY_WIDE + ": the catalogue of steps"),
            Map.entry("GET /api/transfers/calendar/{year}", CITY_WIDE + ": the holiday calendar"),
            Map.entry("GET /api/transfers/letters/{number}/verification",
                    "public by design: whoever holds a letter checks it with its number and the code printed on it"),
            Map.entry("POST /api/notifications/reports/{provider}",
                    "the SMS provider's delivery reports, checked by the provider's signature, no user's call")));

    @Test
    void everyObjectOfABranchIsNotFoundForTheAdministratorOfAnother() throws Exception {
        TransferTree tree = new TransferTree(Platform.get());
        BranchObjects objects = new BranchObjects(tree);
        Api.Session intruder = tree.branchCAdmin;

        Map<String, Integer> answered = new TreeMap<>();
        Map<String, Integer> refused = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (DocumentedOperation op : documented()) {
            String reason = LEFT_OUT.get(op.key());
            if (reason != null && !reason.startsWith("403 ")) {
                continue;
            }
            String path = reason == null ? objects.path(op.template()) : objects.pathOrPlaceholder(op.template());
            int status = call(intruder, op, path, objects);
            int expected = reason == null ? 404 : 403;
            (reason == null ? answered : refused).put(op.key(), status);
            if (status != expected) {
                wrong.add(op.key() + " as " + path + ": " + status);
            }
        }

        System.out.printf("BOLA matrix: %d operations called with another branch's object, %d answered 404; %d refused"
                        + " by right (403); %d left out:%n", answered.size(),
                answered.values().stream().filter(s -> s == 404).count(), refused.size(),
                LEFT_OUT.size() - refused.size());
        LEFT_OUT.forEach((op, why) -> {
            if (!why.startsWith("403 ")) {
                System.out.printf("  %s: %s%n", op, why);
            }
        });
        Reliability.record("BOLA matrix", "%d operations with another branch's object, %d × 404; %d refused by right (403); %d left out; %d said more"
                .formatted(answered.size(), answered.values().stream().filter(s -> s == 404).count(), refused.size(),
                        LEFT_OUT.size() - refused.size(), wrong.size()));
        assertThat(wrong).as("operations that said more than 404 about another branch's object").isEmpty();
    }

    @Test
    void everyDocumentedOperationWithAPathVariableIsInTheMatrixOrLeftOutWithAReason() {
        List<String> keys = documented().stream().map(DocumentedOperation::key).toList();
        assertThat(keys).as("operations read from docs/openapi").hasSizeGreaterThan(50);
        assertThat(LEFT_OUT.keySet()).as("left out, but no longer documented").isSubsetOf(keys);
        for (DocumentedOperation op : documented()) {
            if (!LEFT_OUT.containsKey(op.key())) {
                assertThat(BranchObjects.resolvable(op.template())).as(op.key() + ": no object of this kind is made for the"
                        + " matrix; make one in BranchObjects or leave it out with the reason").isTrue();
            }
        }
    }

    /** The status of the call; reads go as a browser's do (any type accepted: photos, letters and files too). */
    private static int call(Api.Session who, DocumentedOperation op, String path, BranchObjects objects) {
        String query = op.template().endsWith("/exams") && op.method().equals("POST")
                ? "?kind=ACTIVIST&score=90&date=" + LocalDate.now(CHINA) : "";
        if (op.multipart()) {
            return who.upload(op.method(), path + query, "证据.png", "image/png", objects.png).status();
        }
        if (op.method().equals("GET")) {
            return who.download(path).statusCode();
        }
        return who.call(op.method(), path, op.body() == null ? null : body(op)).status();
    }

    /** A body the operation would take from its owner: its required fields, with the document's examples. */
    private static Map<String, Object> body(DocumentedOperation op) {
        Map<String, Object> body = new LinkedHashMap<>();
        JsonNode schema = op.body();
        for (JsonNode name : schema.path("required")) {
            JsonNode property = schema.path("properties").path(name.asString());
            body.put(name.asString(), valueOf(name.asString(), property, op));
        }
        switch (op.key()) {
            case "POST /api/members/{id}/leaving" -> body.put("reason", "WITHDREW");
            case "POST /api/members/{id}/unmask", "POST /api/recruitment/cases/{id}/unmask", "POST /api/cadres/{id}/unmask" ->
                    body.put("reason", "核对身份信息");
            case "PATCH /api/members/{id}" -> body.put("version", 0);
            case "PATCH /api/auth/accounts/{id}" -> body.put("displayName", "改名");
            case "PATCH /api/orgs/{id}" -> body.put("name", "改名党支部");
            case "POST /api/transfers/{id}/reject" -> body.put("comment", "材料不全");
            default -> {
            }
        }
        return body;
    }

    private static Object valueOf(String name, JsonNode property, DocumentedOperation op) {
        if (property.has("example")) {
            JsonNode example = property.get("example");
            return example.isNumber() ? example.numberValue() : example.isBoolean() ? example.asBoolean() : example.asString();
        }
        if (property.has("enum")) {
            return property.get("enum").get(0).asString();
        }
        if (property.has("$ref")) {
            JsonNode target = op.component(property.get("$ref").asString());
            return target.has("enum") ? target.get("enum").get(0).asString() : Map.of();
        }
        return switch (property.path("type").asString()) {
            case "integer", "number" -> name.equals("version") ? 0 : 1;
            case "boolean" -> true;
            case "array" -> List.of();
            case "object" -> Map.of();
            default -> "date".equals(property.path("format").asString()) ? LocalDate.now(CHINA).toString() : "说明";
        };
    }

    private static List<DocumentedOperation> documented() {
        return DocumentedOperation.all().stream().filter(DocumentedOperation::hasPathVariable).toList();
    }
}
