package org.dangjian.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Rankings are shown nowhere until an organisation turns them on (the 2023 opinion against fingertip
 * formalism), so the demo turns them on for two towns: their branches show rankings, the rest of the city
 * shows that they are off.
 */
final class DemoRankings {
    static final List<String> TOWNS = List.of("320583-ZS", "320583-ZZ");

    private DemoRankings() {
    }

    /**
     * points-service learns the organisations from org-service's events a moment after the import answers, so
     * an organisation it does not know yet (404) is asked again for a while.
     */
    static void turnOn(Gateway gateway) throws InterruptedException {
        for (String code : TOWNS) {
            Gateway.Reply found = gateway.get("/api/orgs?size=20&q=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            JsonNode org = null;
            for (JsonNode item : found.ok() ? found.body().path("items") : List.<JsonNode>of()) {
                if (code.equals(item.path("code").asString())) {
                    org = item;
                }
            }
            if (org == null) {
                System.out.println("  rankings: no organisation " + code + ", left off");
                continue;
            }
            String orgId = org.path("id").asString();
            String name = org.path("name").asString();
            Gateway.Reply set = gateway.put("/api/points/rankings/visibility", Map.of("orgId", orgId, "shown", true));
            for (int attempt = 1; set.status() == 404 && attempt < 30; attempt++) {
                Thread.sleep(2_000);
                set = gateway.put("/api/points/rankings/visibility", Map.of("orgId", orgId, "shown", true));
            }
            System.out.println(set.ok() ? "  rankings shown in " + name + " and its branches"
                    : "  rankings: " + name + " answered HTTP " + set.status() + ", left off");
        }
    }
}
