package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An organisation with members cannot be dissolved; an empty one can. */
class DissolveE2eTest {

    @Test
    void dissolvingIsRefusedWhileMembersRemain() {
        Api api = new Api(Platform.get().gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        long town = city.post("/api/orgs", Map.of("parentId", String.valueOf(root), "name", "陆家镇党委",
                "type", "COMMITTEE", "category", "TOWN")).body().get("id").asLong();
        long withMembers = city.post("/api/orgs", Map.of("parentId", String.valueOf(town), "name", "陆家一支部",
                "type", "BRANCH", "category", "COMMUNITY")).body().get("id").asLong();
        long empty = city.post("/api/orgs", Map.of("parentId", String.valueOf(town), "name", "陆家二支部",
                "type", "BRANCH", "category", "COMMUNITY")).body().get("id").asLong();

        Map<String, Object> member = Map.of("orgId", String.valueOf(withMembers), "name", "刘强", "gender", "MALE",
                "idNumber", IdNumbers.make(LocalDate.of(1982, 9, 9), true), "birthDate", "1982-09-09",
                "joinDate", "2010-07-01", "standing", "FULL");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> city.post("/api/members", member).status() == 201);

        // org-service counts members from member.registered; wait until it has heard.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                city.get("/api/orgs/" + withMembers + "/stats").body().get("members").asInt() == 1);
        Api.Reply refused = city.post("/api/orgs/" + withMembers + "/dissolve", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("ORG_HAS_MEMBERS");
        Api.Reply parent = city.post("/api/orgs/" + town + "/dissolve", Map.of());
        assertThat(parent.status()).isEqualTo(409);
        assertThat(parent.code()).isEqualTo("ORG_HAS_CHILDREN");

        Api.Reply dissolved = city.post("/api/orgs/" + empty + "/dissolve", Map.of());
        assertThat(dissolved.status()).as(dissolved.raw().body()).isEqualTo(200);
        assertThat(city.get("/api/orgs/" + empty).body().get("status").asString()).isEqualTo("DISSOLVED");
    }
}
