package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the reliability suite counts on the consumers' side, read through the gateway as an administrator would. */
final class Effects {
    /** Every service that consumes events keeps its dead letters at /api/<area>/dead-letters. */
    private static final List<String> DEAD_LETTERS = List.of("/api/orgs", "/api/members", "/api/notifications",
            "/api/points", "/api/transfers", "/api/recruitment");

    private Effects() {
    }

    /** The members of an organisation as org-service counts them, from member-service's events. */
    static int orgMembers(Api.Session who, long org) {
        Api.Reply stats = who.get("/api/orgs/" + org + "/stats");
        assertThat(stats.status()).as(stats.raw().body()).isEqualTo(200);
        return stats.body().get("members").asInt();
    }

    /** The members of an organisation member-service holds. */
    static int memberTotal(Api.Session who, long org) {
        Api.Reply page = who.get("/api/members?orgId=" + org + "&page=1&size=1");
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        return page.body().get("total").asInt();
    }

    /** Dead letters of every service together (the city administrator's view). */
    static int deadLetters(Api.Session city) {
        int total = 0;
        for (String area : DEAD_LETTERS) {
            Api.Reply page = city.get(area + "/dead-letters?page=1&size=1");
            assertThat(page.status()).as(area + ": " + page.raw().body()).isEqualTo(200);
            total += page.body().get("total").asInt();
        }
        return total;
    }
}
