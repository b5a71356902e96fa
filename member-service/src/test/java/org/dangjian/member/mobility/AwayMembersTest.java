package org.dangjian.member.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.testkit.TestTokens;
import org.dangjian.member.LifecycleApiTest;
import org.dangjian.member.NewMember;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The monthly prompt: mobile members away six months or more, for the administrators of their organisations. */
class AwayMembersTest extends LifecycleApiTest {
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void mobileMembersAwaySixMonthsOrMoreAreListedForTheirAdministrators() {
        long longAway = mobileSince(branchA, "久外", today.minusMonths(7));
        long recently = mobileSince(branchA, "新外", today.minusMonths(2));
        long otherTown = mobileSince(branchC, "他镇", today.minusYears(1));
        register(new NewMember(branchA, "在家").born(LocalDate.of(1981, 1, 1)));

        // The city administrator's token reaches every test's tree: this test's tree is under root.
        assertThat(ids(cityAdmin, "?orgId=" + root)).containsExactly(otherTown, longAway);
        assertThat(ids(cityAdmin, "?orgId=" + root + "&awayAtLeastMonths=1")).containsExactly(otherTown, longAway, recently);
        assertThat(ids(town1Admin, "")).as("within the caller's scope").containsExactly(longAway);
        assertThat(ids(cityAdmin, "?orgId=" + town2)).containsExactly(otherTown);

        String member = TestTokens.token(91, "m" + longAway, branchA, pathOf(branchA), List.of("MEMBER"), longAway,
                java.time.Duration.ofMinutes(5));
        assertThat(get(member, "/api/members/mobile")).hasStatus(403);
        MvcTestResult negative = get(cityAdmin, "/api/members/mobile?awayAtLeastMonths=-1");
        assertThat(negative).hasStatus(400);
        assertThat(body(negative).get("errors").findValuesAsString("field")).contains("awayAtLeastMonths");
    }

    private long mobileSince(long branch, String name, LocalDate since) {
        long id = register(new NewMember(branch, name).born(LocalDate.of(1980, 1, 1)));
        act(id, "mobility", Map.of("region", "310115", "since", since.toString()));
        return id;
    }

    private List<Long> ids(String token, String query) {
        JsonNode page = ok(get(token, "/api/members/mobile" + query));
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(m -> ids.add(m.get("id").asLong()));
        return ids;
    }
}
