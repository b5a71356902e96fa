package org.dangjian.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Meetings a newcomer finds in the demo, planned through the public API as a branch's secretary would: two venues
 * (活动阵地: the town's Party service centre and a village's), then, for two branches of that village, one meeting
 * held and completed with its attendance (it starts a few seconds after it is planned: the API plans meetings for
 * the future only, and completes them once they have started), and two to come, one at a venue and a 主题党日
 * held elsewhere.
 */
final class DemoMeetings {
    static final String TOWN = "320583-ZS";
    static final String VILLAGE = TOWN + "-V001";
    /** The branches of the village that hold the meetings: the one held, and the one with meetings to come. */
    static final List<String> BRANCHES = List.of(VILLAGE + "-1", VILLAGE + "-2");
    /** The platform's zone: meeting times are local times in it. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration HELD_STARTS_IN = Duration.ofSeconds(40);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final int ATTEMPTS = 90;

    /** How the loader waits between attempts; the test waits not at all. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Gateway gateway;
    private final Clock clock;
    private final Pause pause;

    DemoMeetings(Gateway gateway, Clock clock, Pause pause) {
        this.gateway = gateway;
        this.clock = clock;
        this.pause = pause;
    }

    void run(List<OrgRow> orgs) throws InterruptedException {
        Map<String, String> names = new HashMap<>();
        orgs.forEach(o -> names.put(o.code(), o.name()));
        if (!names.containsKey(VILLAGE) || !BRANCHES.stream().allMatch(names::containsKey)) {
            say("  meetings: the generated tree has no " + VILLAGE + ", none planned");
            return;
        }
        String town = gateway.orgIdOf(TOWN);
        String village = gateway.orgIdOf(VILLAGE);
        String heldBranch = gateway.orgIdOf(BRANCHES.get(0));
        String planningBranch = gateway.orgIdOf(BRANCHES.get(1));
        if (town == null || village == null || heldBranch == null || planningBranch == null) {
            say("  meetings: the organisations of " + VILLAGE + " are not found, none planned");
            return;
        }
        String townVenue = venue(town, "周市镇党群服务中心", "江苏省昆山市周市镇青阳北路 2 号", "31.464600", "120.999200");
        String place = names.get(VILLAGE).replaceAll("^周市镇", "").replaceAll("党总支$", "");
        String villageVenue = venue(village, place + "党群服务中心", "江苏省昆山市周市镇" + place + "村委会二楼",
                "31.471800", "121.012500");

        String held = plan(heldBranch, "THEME_DAY", () -> now().plus(HELD_STARTS_IN), Map.of("venueId", townVenue),
                "重温入党誓词，学习党章");
        LocalDateTime nextWeek = now().toLocalDate().plusDays(7).atTime(14, 30);
        String toCome = plan(planningBranch, "GENERAL_MEETING", () -> nextWeek, Map.of("venueId", villageVenue),
                "学习贯彻党的二十届四中全会精神");
        String elsewhere = plan(planningBranch, "THEME_DAY", () -> nextWeek.plusDays(3).withHour(9),
                Map.of("place", "昆山市革命烈士陵园"), "缅怀革命先烈，传承红色基因");
        if (held != null) {
            complete(held);
        }
        say("  meetings: " + (held == null ? 0 : 1) + " held, " + ((toCome == null ? 0 : 1) + (elsewhere == null ? 0 : 1))
                + " to come in " + names.get(BRANCHES.get(0)) + " and " + names.get(BRANCHES.get(1)));
    }

    /** The organisation's venue of that name, created through org-service when the demo has none yet. */
    private String venue(String orgId, String name, String address, String latitude, String longitude) {
        Gateway.Reply listed = gateway.get("/api/orgs/" + orgId + "/venues");
        for (JsonNode v : listed.ok() ? listed.body() : List.<JsonNode>of()) {
            if (name.equals(v.path("name").asString())) {
                return v.path("id").asString();
            }
        }
        Gateway.Reply created = gateway.post("/api/orgs/" + orgId + "/venues", Map.of("name", name, "address", address,
                "latitude", new BigDecimal(latitude), "longitude", new BigDecimal(longitude),
                "facilities", "会议室、党员活动室、电子阅览室"));
        if (!created.ok()) {
            throw new IllegalStateException("creating the venue " + name + " answered HTTP " + created.status());
        }
        return created.body().path("id").asString();
    }

    /**
     * points-service learns the venues and the members from events a moment after org-service and member-service
     * answer, so a plan refused for a venue or attendees it does not know yet (400), or an organisation (404), is
     * sent again for a while (after a large import, the members may take minutes), each time with its start taken
     * afresh, so that a meeting meant to start in a moment never asks for a start already past. Returns the
     * meeting's id, or null when it stays refused.
     */
    private String plan(String branch, String type, Supplier<LocalDateTime> startsAt, Map<String, Object> where,
                        String topic) throws InterruptedException {
        Gateway.Reply reply = gateway.post("/api/points/meetings", plan(branch, type, startsAt.get(), where, topic));
        for (int attempt = 1; (reply.status() == 400 || reply.status() == 404) && attempt < ATTEMPTS; attempt++) {
            pause.sleep(RETRY);
            reply = gateway.post("/api/points/meetings", plan(branch, type, startsAt.get(), where, topic));
        }
        if (!reply.ok()) {
            say("  meetings: a " + type + " of " + branch + " answered HTTP " + reply.status() + ", not planned");
            return null;
        }
        return reply.body().path("id").asString();
    }

    private static Map<String, Object> plan(String branch, String type, LocalDateTime startsAt, Map<String, Object> where,
                                            String topic) {
        Map<String, Object> plan = new HashMap<>(Map.of("orgId", branch, "type", type, "startsAt", startsAt.toString(),
                "topic", topic));
        plan.putAll(where);
        return plan;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(CHINA)).withNano(0);
    }

    /** The secretary ticks everyone who is asked (check-in opens before the start), then the minutes complete it. */
    private void complete(String meeting) throws InterruptedException {
        Gateway.Reply found = gateway.get("/api/points/meetings/" + meeting);
        for (JsonNode attendee : found.ok() ? found.body().path("attendees") : List.<JsonNode>of()) {
            gateway.post("/api/points/meetings/" + meeting + "/attendees/" + attendee.path("memberId").asString()
                    + "/check-in", Map.of());
        }
        Map<String, Object> minutes = Map.of("minutes", "全体党员面向党旗重温入党誓词，支部书记领学党章总纲，党员逐一交流学习体会。");
        Gateway.Reply completed = gateway.post("/api/points/meetings/" + meeting + "/complete", minutes);
        // 409 until the meeting has started
        for (int attempt = 1; completed.status() == 409 && attempt < ATTEMPTS; attempt++) {
            pause.sleep(RETRY);
            completed = gateway.post("/api/points/meetings/" + meeting + "/complete", minutes);
        }
        if (!completed.ok()) {
            say("  meetings: completing meeting " + meeting + " answered HTTP " + completed.status());
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
