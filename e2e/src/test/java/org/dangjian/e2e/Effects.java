package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the reliability suite counts on the consumers' side, read through the gateway as an administrator would. */
final class Effects {
    /** Every service that consumes events keeps its dead letters at /api/<area>/dead-letters. */
    private static final List<String> DEAD_LETTERS = List.of("/api/orgs", "/api/members", "/api/notifications",
            "/api/points", "/api/transfers", "/api/recruitment", "/api/learning");

    private Effects() {
    }

    /** The members of an organisation as org-service counts them, from member-service's events. */
    static int orgMembers(Api.Session who, long org) {
        return orgMembers(who.get("/api/orgs/" + org + "/stats"));
    }

    private static int orgMembers(Api.Reply stats) {
        assertThat(stats.status()).as(stats.raw().body()).isEqualTo(200);
        return stats.body().get("members").asInt();
    }

    /** The members of an organisation member-service holds. */
    static int memberTotal(Api.Session who, long org) {
        return memberTotal(who.get("/api/members?orgId=" + org + "&page=1&size=1"));
    }

    private static int memberTotal(Api.Reply page) {
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        return page.body().get("total").asInt();
    }

    /**
     * {@link #orgMembers}, or -1 while org-service answers 503: just started again, its first answers on a busy
     * machine can outlast the gateway's 10-second limit, and a poll that waits for the count only asks again.
     */
    static int orgMembersOnceAnswering(Api.Session who, long org) {
        Api.Reply stats = who.get("/api/orgs/" + org + "/stats");
        return stats.status() == 503 ? -1 : orgMembers(stats);
    }

    /** {@link #memberTotal}, or -1 while member-service answers 503 (see {@link #orgMembersOnceAnswering}). */
    static int memberTotalOnceAnswering(Api.Session who, long org) {
        Api.Reply page = who.get("/api/members?orgId=" + org + "&page=1&size=1");
        return page.status() == 503 ? -1 : memberTotal(page);
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
