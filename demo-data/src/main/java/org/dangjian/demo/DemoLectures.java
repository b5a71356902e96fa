package org.dangjian.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expert lectures of the city Party school: three experts on the city's roster, six lectures over the coming
 * weeks with a few places each, and bookings by two towns and a village branch, so the portal's 专家讲座 tab shows
 * lectures open, booked and full. Through the public API as the city administrator; nothing when the roster has
 * experts already (a second run).
 */
final class DemoLectures {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration RETRY = Duration.ofSeconds(2);

    record Expert(String name, String title, String topics) {
    }

    /** A lecture by the expert at {@code expert}, {@code days} from today at {@code hour}, with {@code places}. */
    record Lecture(int expert, String topic, String place, int days, int hour, int places) {
    }

    /** A booking of lecture {@code lecture} by the organisation with {@code code}. */
    record Booking(int lecture, String code, int attendees, String note) {
    }

    static final List<Expert> EXPERTS = List.of(
            new Expert("沈国平", "苏州市委党校教授", "党的创新理论；党史学习教育"),
            new Expert("周慧敏", "昆山市委党校副教授", "基层党组织建设；“两新”组织党建"),
            new Expert("陆建华", "昆山市委宣传部理论宣讲团成员", "社会主义核心价值观；廉洁文化建设"));
    static final List<Lecture> LECTURES = List.of(
            new Lecture(0, "深入学习贯彻党的二十届四中全会精神", "昆山市委党校报告厅", 7, 14, 3),
            new Lecture(1, "抓党建促基层治理能力提升", "周市镇党群服务中心", 10, 9, 1),
            new Lecture(2, "以廉洁文化涵养清朗政治生态", "张浦镇党群服务中心", 14, 14, 2),
            new Lecture(0, "从党史中汲取奋进力量", "昆山市委党校报告厅", 21, 9, 4),
            new Lecture(1, "“两新”组织党建工作实务", "昆山开发区党群服务中心", 28, 14, 2),
            new Lecture(2, "弘扬社会主义核心价值观", "千灯镇党群服务中心", 35, 9, 3));
    static final List<Booking> BOOKINGS = List.of(
            new Booking(0, DemoRankings.TOWNS.get(0), 80, "镇机关及村（社区）书记参加"),
            new Booking(0, DemoRankings.TOWNS.get(1), 60, null),
            new Booking(1, DemoMeetings.BRANCHES.get(0), 35, "希望结合村级治理实例"),
            new Booking(2, DemoRankings.TOWNS.get(1), 50, null));

    private final Gateway gateway;
    private final Clock clock;
    private final DemoMeetings.Pause pause;

    DemoLectures(Gateway gateway, Clock clock, DemoMeetings.Pause pause) {
        this.gateway = gateway;
        this.clock = clock;
        this.pause = pause;
    }

    /** Lays the lectures out; returns how many experts, lectures and bookings it made (zeros on a second run). */
    int[] run() throws InterruptedException {
        Gateway.Reply roster = gateway.get("/api/learning/lectures/experts");
        if (roster.ok() && !roster.body().isEmpty()) {
            return new int[3];
        }
        List<String> experts = new ArrayList<>();
        for (Expert e : EXPERTS) {
            Gateway.Reply added = gateway.post("/api/learning/lectures/experts",
                    Map.of("name", e.name(), "title", e.title(), "topics", e.topics()));
            if (!added.ok()) {
                System.out.println("  lectures: the expert " + e.name() + " was refused (HTTP " + added.status() + "), none laid out");
                return new int[3];
            }
            experts.add(added.body().path("id").asString());
        }
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<String> slots = new ArrayList<>();
        for (Lecture l : LECTURES) {
            LocalDateTime starts = today.plusDays(l.days()).atTime(l.hour(), 0);
            Gateway.Reply offered = gateway.post("/api/learning/lectures/slots", Map.of("expertId", experts.get(l.expert()),
                    "topic", l.topic(), "place", l.place(), "startsAt", starts.toString(),
                    "endsAt", starts.plusHours(2).toString(), "capacity", l.places()));
            slots.add(offered.ok() ? offered.body().path("id").asString() : null);
        }
        int booked = 0;
        for (Booking b : BOOKINGS) {
            String slot = slots.get(b.lecture());
            String org = gateway.orgIdOf(b.code());
            if (slot != null && org != null && book(slot, org, b)) {
                booked++;
            }
        }
        return new int[] {experts.size(), (int) slots.stream().filter(s -> s != null).count(), booked};
    }

    /**
     * learning-service learns the organisations from org-service's events a moment after the import answers: an
     * organisation it does not know yet (400 at orgId) is tried again for a while.
     */
    private boolean book(String slot, String org, Booking b) throws InterruptedException {
        Map<String, Object> body = b.note() == null ? Map.of("orgId", org, "attendees", b.attendees())
                : Map.of("orgId", org, "attendees", b.attendees(), "note", b.note());
        Gateway.Reply reply = gateway.post("/api/learning/lectures/slots/" + slot + "/bookings", body);
        for (int attempt = 1; reply.status() == 400 && attempt < 30; attempt++) {
            pause.sleep(RETRY);
            reply = gateway.post("/api/learning/lectures/slots/" + slot + "/bookings", body);
        }
        return reply.ok();
    }

}
