package org.dangjian.member.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.dangjian.member.LifecycleApiTest;
import org.dangjian.member.NewMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The minimum age at admission is the rule set {@code admission} (党章第一条: 18 by default), checked at the join date
 * of a directly registered member by the value in force on that day.
 */
class AdmissionRuleTest extends LifecycleApiTest {
    private static final String ADMISSION = "/api/members/rule-sets/admission";

    /** The rule book is the whole city's: what a test set is taken back, leaving the seeded national value. */
    @AfterEach
    void backToTheNationalValue() {
        jdbc.update("DELETE FROM rule_set WHERE created_by IS NOT NULL");
    }

    @Test
    void theMinimumAgeAtAdmissionIsARuleInForceOnTheJoinDate() {
        JsonNode set = ok(get(town1Admin, ADMISSION));
        assertThat(set.get("inForce").get("value").get("minimumAge").asInt()).isEqualTo(18);
        assertThat(set.get("inForce").get("source").asString()).contains("中国共产党章程", "第一条", "年满十八岁");
        assertThat(set.get("inForce").has("setBy")).as("seeded, by nobody").isFalse();
        assertThat(set.get("history")).hasSize(1);

        LocalDate born = LocalDate.of(2001, 6, 1);
        MvcTestResult seventeen = post(cityAdmin, "/api/members",
                new NewMember(branchA, "韩七").born(born).joined(born.plusYears(18).minusDays(1)).body());
        assertThat(seventeen).hasStatus(400);
        assertThat(body(seventeen).get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asString()).isEqualTo("joinDate");
            assertThat(e.get("message").asString()).contains("入党年龄");
        });
        assertThat(post(cityAdmin, "/api/members",
                new NewMember(branchA, "韩七").born(born).joined(born.plusYears(18)).body())).hasStatus(201);
    }

    @Test
    void aRaisedMinimumAgeAppliesFromItsEffectiveDateOnly() {
        assertThat(raise(today().minusDays(1), 20)).as("never for a day gone by").hasStatus(400);
        assertThat(raise(today(), 17)).as("never below the Party Constitution's 18").hasStatus(400);
        assertThat(put(town1Admin, ADMISSION, Map.of("effectiveFrom", today().toString(), "source", "通知",
                "value", Map.of("minimumAge", 20)))).as("the city administrator only").hasStatus(403);
        JsonNode raised = ok(raise(today(), 20));
        assertThat(raised.get("inForce").get("value").get("minimumAge").asInt()).isEqualTo(20);
        assertThat(raised.get("history")).hasSize(2);

        LocalDate born = today().minusYears(19);
        MvcTestResult today = post(cityAdmin, "/api/members", new NewMember(branchA, "秦八").born(born).joined(today())
                .with("standing", "PROBATIONARY").body());
        assertThat(today).as("joined today, when 20 is in force").hasStatus(400);
        assertThat(body(today).get("errors").findValuesAsString("field")).containsExactly("joinDate");
        assertThat(post(cityAdmin, "/api/members", new NewMember(branchA, "秦八").born(born).joined(today().minusDays(1))
                .with("standing", "PROBATIONARY").body())).as("joined yesterday, when 18 was in force").hasStatus(201);
    }

    private MvcTestResult raise(LocalDate from, int minimumAge) {
        return put(cityAdmin, ADMISSION, Map.of("effectiveFrom", from.toString(), "source", "市委组织部通知",
                "value", Map.of("minimumAge", minimumAge)));
    }
}
