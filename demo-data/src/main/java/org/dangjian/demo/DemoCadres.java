package org.dangjian.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * The cadres of three towns that went live with the cadre module first (周市, 张浦, 千灯): in each village and
 * community Party organisation a secretary from its members (in most villages also the residents' committee's
 * director, 一肩挑), a deputy, two committee members, two residents' committee members who are not Party members, a
 * college-graduate official in some, one or two younger members in reserve for the secretary's post, and in a third
 * of them the secretary before, who left at the 2026 election. Then the quarter's update: the daily run done on
 * demand opens a task per organisation, two in three confirm it (the rest stay open, some to fall overdue), each
 * secretary's duty this quarter and last year's grade are recorded. Through the public API as the city
 * administrator, so the portal's 基层干部 pages show a roll, the quarter's progress and an analysis; nothing when
 * cadres are recorded already (a second run).
 */
final class DemoCadres {
    static final List<String> TOWNS = List.of("320583-ZS", "320583-ZP", "320583-QD");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final String SURNAMES = "王陈张李朱徐周吴刘沈顾杨孙黄钱陆蒋唐胡许";
    private static final String[] GIVEN = {"建国", "志强", "海峰", "秀英", "丽华", "伟明", "红梅", "晓东", "春燕", "国平",
            "卫东", "玉兰", "金荣", "振华", "美琴", "雪芳"};
    /** The villages' and communities' last election (换届), in the spring of 2026; terms of five years. */
    private static final LocalDate LAST_ELECTION = LocalDate.of(2026, 3, 15);
    private static final String[] NOTES = {"本季度无变化", "本季度无变化", "新增后备干部1名", "完成“两委”换届后续工作"};
    private static final String[] DUTIES = {"组织党员冬训，开展主题党日活动", "推进人居环境整治，完成村级道路修缮",
            "落实网格化管理，走访困难党员和群众", "发展壮大村级集体经济，盘活闲置厂房"};

    private final Gateway gateway;
    private final Random random;
    private final LocalDate today;
    private final DemoMeetings.Pause pause;
    private int cadres;
    private int posts;
    private int reserves;
    private int confirmed;
    private int graded;
    private final List<String> secretaries = new ArrayList<>();

    DemoCadres(Gateway gateway, Random random, Clock clock, DemoMeetings.Pause pause) {
        this.gateway = gateway;
        this.random = random;
        this.today = LocalDate.now(clock.withZone(CHINA));
        this.pause = pause;
    }

    /**
     * Records the roll and the quarter's update; returns how many organisations, cadres, posts, reserve entries,
     * confirmed quarterly tasks and secretaries graded (zeros on a second run).
     */
    int[] run(List<OrgRow> orgs) throws InterruptedException {
        Gateway.Reply roll = gateway.get("/api/cadres?size=1");
        if (!roll.ok() || roll.body().path("total").asInt() > 0) {
            return new int[6];
        }
        int villages = 0;
        for (OrgRow org : villagesAndCommunities(orgs)) {
            String orgId = gateway.orgIdOf(org.code());
            if (orgId != null && village(org, orgId)) {
                villages++;
            }
        }
        quarter();
        return new int[] {villages, cadres, posts, reserves, confirmed, graded};
    }

    /** This quarter's tasks opened (the daily run, on demand), two in three confirmed; the secretaries' duty and grade. */
    private void quarter() {
        gateway.post("/api/cadres/quarters/run", Map.of());
        List<String> open = new ArrayList<>();
        for (int page = 1; page < 100; page++) {
            Gateway.Reply tasks = gateway.get("/api/cadres/quarter-tasks?status=OPEN&size=100&page=" + page);
            if (!tasks.ok() || tasks.body().path("items").isEmpty()) {
                break;
            }
            tasks.body().path("items").forEach(t -> open.add(t.path("id").asString()));
        }
        for (String task : open) {
            if (random.nextInt(3) < 2 && gateway.post("/api/cadres/quarter-tasks/" + task + "/confirm",
                    Map.of("note", NOTES[random.nextInt(NOTES.length)])).ok()) {
                confirmed++;
            }
        }
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        for (String secretary : secretaries) {
            gateway.put("/api/cadres/" + secretary + "/duties/" + today.getYear() + "-Q" + quarter,
                    Map.of("summary", DUTIES[random.nextInt(DUTIES.length)]));
            int roll = random.nextInt(20);
            String grade = roll < 6 ? "EXCELLENT" : roll < 19 ? "COMPETENT" : "BASICALLY_COMPETENT";
            if (gateway.put("/api/cadres/" + secretary + "/assessments/" + (today.getYear() - 1),
                    Map.of("grade", grade)).ok()) {
                graded++;
            }
        }
    }

    /** The Party general branches of the towns' villages and communities (村、社区党总支). */
    static List<OrgRow> villagesAndCommunities(List<OrgRow> orgs) {
        return orgs.stream().filter(o -> TOWNS.contains(o.area()) && "党总支".equals(o.type())
                && ("村".equals(o.category()) || "社区".equals(o.category()))).toList();
    }

    private boolean village(OrgRow org, String orgId) throws InterruptedException {
        Gateway.Reply found = gateway.get("/api/members?orgId=" + orgId + "&standing=FULL&size=50");
        List<JsonNode> members = new ArrayList<>();
        found.body().path("items").forEach(members::add);
        if (!found.ok() || members.size() < 6) {
            return false;
        }
        // the older members lead, the younger ones are in reserve or came as graduates
        members.sort(Comparator.comparing(m -> m.path("birthDate").asString()));
        List<JsonNode> elders = new ArrayList<>(members.subList(0, members.size() / 2));
        List<JsonNode> young = new ArrayList<>(members.subList(members.size() / 2, members.size()));
        JsonNode secretaryMember = pick(elders, 38, 56);
        String secretary = memberCadre(secretaryMember);
        if (secretary == null) {
            return false;
        }
        boolean village = "村".equals(org.category());
        // re-elected in 2026 after one or two terms, or elected then for the first time
        LocalDate elected = LAST_ELECTION.minusYears(5L * random.nextInt(3));
        if (random.nextInt(3) == 0) {
            // the secretary before, who left at the last election: turnover in the analysis
            String former = otherCadre(orgId, true, today.getYear() - 58 - random.nextInt(6));
            String held = appoint(former, orgId, "SECRETARY", "ELECTED", LAST_ELECTION.minusYears(10), null);
            if (held != null) {
                gateway.post("/api/cadres/appointments/" + held + "/end", Map.of("endsOn", LAST_ELECTION.toString(),
                        "reason", "换届离任"));
            }
            elected = LAST_ELECTION;
        }
        if (appoint(secretary, orgId, "SECRETARY", "ELECTED", elected, LAST_ELECTION.plusYears(5)) != null) {
            secretaries.add(secretary);
        }
        if (!village || random.nextInt(10) < 7) {
            appoint(secretary, orgId, "RESIDENTS_DIRECTOR", "ELECTED", elected, LAST_ELECTION.plusYears(5));
        } else {
            appoint(otherCadre(orgId, random.nextBoolean(), today.getYear() - 45 - random.nextInt(10)), orgId,
                    "RESIDENTS_DIRECTOR", "ELECTED", LAST_ELECTION, LAST_ELECTION.plusYears(5));
        }
        appoint(memberCadre(pick(elders, 30, 60)), orgId, "DEPUTY_SECRETARY", "ELECTED", LAST_ELECTION, LAST_ELECTION.plusYears(5));
        for (int i = 0; i < 2; i++) {
            appoint(memberCadre(pick(elders.isEmpty() ? young : elders, 25, 65)), orgId, "COMMITTEE_MEMBER", "ELECTED",
                    LAST_ELECTION, LAST_ELECTION.plusYears(5));
            appoint(otherCadre(orgId, random.nextBoolean(), today.getYear() - 30 - random.nextInt(25)), orgId,
                    "RESIDENTS_MEMBER", "ELECTED", LAST_ELECTION, LAST_ELECTION.plusYears(5));
        }
        if (village && random.nextInt(5) < 2 && !young.isEmpty()) {
            appoint(memberCadre(young.remove(young.size() - 1)), orgId, "GRADUATE_OFFICIAL", "ASSIGNED",
                    today.minusMonths(6 + random.nextInt(30)), null);
        }
        for (int i = 0, n = 1 + random.nextInt(2); i < n && !young.isEmpty(); i++) {
            // the youngest in reserve (the list is oldest first)
            String reserve = memberCadre(young.remove(young.size() - 1));
            if (reserve != null && gateway.post("/api/cadres/" + reserve + "/reserves", Map.of("orgId", orgId,
                    "position", "SECRETARY", "since", today.minusMonths(3 + random.nextInt(24)).toString())).ok()) {
                reserves++;
            }
        }
        return true;
    }

    /** A member of the list between the ages given, at random, if there is one (else any), taken off the list. */
    private JsonNode pick(List<JsonNode> from, int youngest, int oldest) {
        List<Integer> fit = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            int age = Period.between(LocalDate.parse(from.get(i).path("birthDate").asString()), today).getYears();
            if (age >= youngest && age <= oldest) {
                fit.add(i);
            }
        }
        if (fit.isEmpty()) {
            return from.isEmpty() ? null : from.remove(0);
        }
        return from.remove((int) fit.get(random.nextInt(fit.size())));
    }

    /**
     * The member's cadre record; cadre-service hears of members from member-service's events a moment after they
     * are imported, so a member it does not know yet (400) is tried again for a while.
     */
    private String memberCadre(JsonNode member) throws InterruptedException {
        if (member == null) {
            return null;
        }
        Map<String, Object> body = Map.of("memberId", member.path("id").asString());
        Gateway.Reply reply = gateway.post("/api/cadres", body);
        for (int attempt = 1; reply.status() == 400 && attempt < 30; attempt++) {
            pause.sleep(RETRY);
            reply = gateway.post("/api/cadres", body);
        }
        return created(reply);
    }

    private String otherCadre(String orgId, boolean male, int bornIn) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("name", name());
        body.put("gender", male ? "MALE" : "FEMALE");
        body.put("birthDate", LocalDate.of(bornIn, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
        body.put("education", new String[] {"21", "31", "31", "41", "61"}[random.nextInt(5)]);
        return created(gateway.post("/api/cadres", body));
    }

    private String created(Gateway.Reply reply) {
        if (!reply.ok()) {
            return null;
        }
        cadres++;
        return reply.body().path("id").asString();
    }

    private String appoint(String cadre, String orgId, String position, String method, LocalDate from, LocalDate termEnds) {
        if (cadre == null) {
            return null;
        }
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", orgId);
        body.put("position", position);
        body.put("method", method);
        body.put("startsOn", from.toString());
        if (termEnds != null && termEnds.isAfter(from)) {
            body.put("termEndsOn", termEnds.toString());
        }
        Gateway.Reply reply = gateway.post("/api/cadres/" + cadre + "/appointments", body);
        if (!reply.ok()) {
            return null;
        }
        posts++;
        return reply.body().path("id").asString();
    }

    private String name() {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
    }
}
