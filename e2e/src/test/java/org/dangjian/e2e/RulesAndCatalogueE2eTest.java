package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the city's organisation department reads before it changes anything, through the gateway: the rules kept
 * as data in member- and points-service (national values by default, with their source), and recruitment-service's
 * catalogue of member development (the national 25 steps as version 1).
 */
class RulesAndCatalogueE2eTest {

    @Test
    void theCityReadsItsRulesAndTheNationalCatalogueOfMemberDevelopment() {
        Api.Session city = new Api(Platform.get().gateway()).login("admin", Platform.ADMIN_PASSWORD);

        JsonNode admission = city.get("/api/members/rule-sets/admission").body();
        assertThat(admission.get("inForce").get("value").get("minimumAge").asInt()).isGreaterThanOrEqualTo(18);
        assertThat(admission.get("inForce").get("source").asString()).as("the basis of the national value").isNotBlank();
        assertThat(city.get("/api/members/rule-sets").body().findValuesAsString("name")).contains("admission");
        assertThat(city.get("/api/points/rule-sets").body().findValuesAsString("name"))
                .contains("dues", "organisational-life", "appraisal");
        assertThat(city.get("/api/points/rule-sets/dues").body().get("inForce").get("source").asString())
                .contains("2008");

        assertThat(city.get("/api/recruitment/catalogues").body().findValuesAsString("name")).isNotEmpty();
        JsonNode national = city.get("/api/recruitment/catalogues/1").body().get("catalogue");
        assertThat(national.get("steps")).hasSize(25);
        assertThat(national.get("stages")).hasSize(5);
        assertThat(city.get("/api/recruitment/catalogues/current").body().get("version").asInt())
                .isGreaterThanOrEqualTo(1);

        Api.Reply digest = city.get("/api/notifications/digest");
        assertThat(digest.status()).as(digest.raw().body()).isEqualTo(200);
    }
}
