package org.dangjian.cadre;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * cadre-service's API tests: the testkit's little tree, members announced with their education, cadre helpers. The
 * quarterly cycle's daily run is off (tests run it for the day they choose), on the base class so that every test
 * shares one application context.
 */
@TestPropertySource(properties = "dj.cadre.quarter.cron=-")
public abstract class CadreApiTest extends TreeApiTest {

    /** A full member of {@code branch} with an education code, known to the roster when this returns. */
    protected long member(long branch, String name, String gender, LocalDate born, String education) {
        long id = nextId();
        publish(new MemberRegisteredV2(id, branch, pathOf(branch), name, gender, born, LocalDate.of(2010, 7, 1),
                new MembershipStatus("FULL", "ACTIVE", null, false), null, null, education));
        awaitEffect(() -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", id) == 1);
        return id;
    }

    /** The cadre record of a member, made by {@code admin}. */
    protected JsonNode memberCadre(String admin, long memberId) {
        return ok(post(admin, "/api/cadres", Map.of("memberId", memberId)));
    }

    /** A cadre who is not a member, under {@code org}. */
    protected JsonNode otherCadre(String admin, long org, String name) {
        return ok(post(admin, "/api/cadres", Map.of("orgId", org, "name", name, "gender", "MALE",
                "birthDate", "1975-03-02", "education", "31")));
    }

    protected Map<String, Object> post(long org, String position, LocalDate startsOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", org);
        body.put("position", position);
        body.put("method", "ELECTED");
        body.put("startsOn", startsOn.toString());
        return body;
    }

    protected static List<String> names(JsonNode page) {
        return page.get("items").valueStream().map(c -> c.get("name").asString()).toList();
    }
}
