package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/**
 * One object of each kind in branch A (town 1), made through the gateway by its own administrators: a member with
 * a phone, the branch's administrator account, a venue with a photo, an activity with a photo, a planned meeting
 * (whose notice makes a message), a development case with a recorded step, its evidence and a change waiting for
 * approval, a transfer to another branch of town 1, Party school objects (a course, a lesson file, a question, an
 * exam, a member's thread on the course), an expert lecture of town 1 booked by the branch, a cadre of the branch
 * with a post and a reserve entry, and its quarterly update task.
 */
final class BranchObjects {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    final byte[] png;
    final Map<String, String> ids = new LinkedHashMap<>();

    BranchObjects(TransferTree tree) throws IOException {
        png = png();
        LocalDate today = LocalDate.now(CHINA);
        String phone = TransferTree.phone();
        long member = tree.member("柏青", LocalDate.of(1984, 9, 9), true, phone);
        ids.put("member", Long.toString(member));
        ids.put("org", Long.toString(tree.branchA));
        ids.put("account", ok(tree.city.get("/api/auth/accounts?orgId=" + tree.branchA)).get("items").get(0)
                .get("id").asString());

        Api.Reply venue = tree.branchAAdmin.post("/api/orgs/" + tree.branchA + "/venues", Map.of("name", "一村党员活动室",
                "address", "昆山市张浦镇一村 1 号", "latitude", new BigDecimal("31.278100"), "longitude", new BigDecimal("120.951200")));
        assertThat(venue.status()).as(venue.raw().body()).isEqualTo(201);
        ids.put("venue", venue.body().get("id").asString());
        Api.Reply venuePhoto = tree.branchAAdmin.upload("/api/orgs/" + tree.branchA + "/venues/" + ids.get("venue")
                + "/photos", "活动室.png", "image/png", png);
        assertThat(venuePhoto.status()).as(venuePhoto.raw().body()).isEqualTo(201);
        ids.put("venuePhoto", last(venuePhoto.body().get("url").asString()));

        Api.Reply[] activity = new Api.Reply[1];
        Map<String, Object> held = Map.of("orgId", String.valueOf(tree.branchA), "type", "COMMITTEE_MEETING",
                "date", today.toString(), "topic", "研究发展党员工作", "place", "村党群服务中心",
                "attendance", List.of(Map.of("memberId", String.valueOf(member), "presence", "PRESENT")));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            activity[0] = tree.branchAAdmin.post("/api/points/activities", held);
            return activity[0].status() != 400 && activity[0].status() != 404;
        });
        assertThat(activity[0].status()).as(activity[0].raw().body()).isEqualTo(201);
        ids.put("activity", activity[0].body().get("id").asString());
        Api.Reply activityPhoto = tree.branchAAdmin.upload("/api/points/activities/" + ids.get("activity") + "/photos",
                "会议.png", "image/png", png);
        assertThat(activityPhoto.status()).as(activityPhoto.raw().body()).isEqualTo(201);
        ids.put("activityPhoto", last(activityPhoto.body().get("url").asString()));

        Map<String, Object> plan = Map.of("orgId", String.valueOf(tree.branchA), "type", "GENERAL_MEETING",
                "startsAt", LocalDateTime.now(CHINA).plusDays(3).withNano(0).toString(), "venueId", ids.get("venue"),
                "topic", "学习党章", "attendeeMemberIds", List.of(String.valueOf(member)));
        Api.Reply[] meeting = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            meeting[0] = tree.branchAAdmin.post("/api/points/meetings", plan);
            return meeting[0].status() != 400 && meeting[0].status() != 404;
        });
        assertThat(meeting[0].status()).as(meeting[0].raw().body()).isEqualTo(201);
        ids.put("meeting", meeting[0].body().get("id").asString());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> tree.city
                .get("/api/notifications/messages?recipient=" + phone).body().get("total").asInt() > 0);
        ids.put("message", tree.city.get("/api/notifications/messages?recipient=" + phone).body().get("items").get(0)
                .get("id").asString());

        Map<String, Object> application = Map.of("name", "沈一帆", "gender", "1",
                "idNumber", IdNumbers.make(LocalDate.of(2000, 2, 2), true), "phone", TransferTree.phone(),
                "workUnit", "昆山市张浦镇人民政府", "education", "21", "ethnicity", "01",
                "applicationDate", today.minusMonths(2).toString(), "orgId", String.valueOf(tree.branchA));
        Api.Reply[] opened = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            opened[0] = tree.branchAAdmin.post("/api/recruitment/cases", application);
            return opened[0].status() != 404 && opened[0].status() != 400;
        });
        assertThat(opened[0].status()).as(opened[0].raw().body()).isEqualTo(201);
        ids.put("case", opened[0].body().get("id").asString());
        String c = "/api/recruitment/cases/" + ids.get("case");
        Api.Reply talk = tree.branchAAdmin.post(c + "/steps/N02", Map.of("date", today.minusMonths(1).toString(),
                "fields", Map.of("talker", "李明")));
        assertThat(talk.status()).as(talk.raw().body()).isEqualTo(201);
        Api.Reply evidence = tree.branchAAdmin.upload(c + "/steps/N02/attachments", "谈话记录.png", "image/png", png);
        assertThat(evidence.status()).as(evidence.raw().body()).isEqualTo(201);
        ids.put("attachment", evidence.body().get("id").asString());
        Api.Reply change = tree.branchAAdmin.post(c + "/steps/N02/changes",
                Map.of("date", today.minusMonths(1).plusDays(1).toString(), "reason", "谈话日期录入有误"));
        assertThat(change.status()).as(change.raw().body()).isLessThan(300);
        ids.put("change", tree.town1Admin.get("/api/recruitment/changes?orgId=" + tree.town1).body().get("items")
                .get(0).get("id").asString());

        long sibling = ok(tree.city.post("/api/orgs", Map.of("parentId", String.valueOf(tree.town1),
                "code", tree.branchACode + "B", "name", "张浦二村党支部" + tree.branchACode, "type", "BRANCH",
                "category", "VILLAGE"))).get("id").asLong();
        Api.Reply transfer = TransferTree.register(tree.branchAAdmin, TransferTree.inCity(member, sibling));
        assertThat(transfer.status()).as(transfer.raw().body()).isEqualTo(201);
        ids.put("transfer", transfer.body().get("id").asString());

        Api.Reply course = tree.branchAAdmin.post("/api/learning/courses", Map.of("title", "支部党课",
                "orgId", String.valueOf(tree.branchA), "chapters", List.of(Map.of("title", "第一讲",
                        "releaseOn", today.toString(), "lessons", List.of(Map.of("title", "党章学习", "kind", "ARTICLE",
                                "durationSeconds", 600, "classHours", 1))))));
        assertThat(course.status()).as(course.raw().body()).isEqualTo(201);
        ids.put("course", course.body().get("id").asString());
        Api.Reply media = tree.branchAAdmin.post("/api/learning/media", Map.of("fileName", "党课录像.mp4",
                "size", "1000000", "orgId", String.valueOf(tree.branchA)));
        assertThat(media.status()).as(media.raw().body()).isEqualTo(201);
        ids.put("media", media.body().get("id").asString());

        Api.Reply question = tree.branchAAdmin.post("/api/learning/questions", Map.of("kind", "TRUE_FALSE",
                "stem", "支部党员大会讨论接收预备党员。", "correct", List.of(0), "difficulty", 1,
                "orgId", String.valueOf(tree.branchA)));
        assertThat(question.status()).as(question.raw().body()).isEqualTo(201);
        Api.Reply exam = tree.branchAAdmin.post("/api/learning/exams", Map.of("title", "支部党员测试", "kind", "GENERAL",
                "orgId", String.valueOf(tree.branchA), "durationMinutes", 20, "passScore", 60, "maxAttempts", 1,
                "questionIds", List.of(question.body().get("id").asString())));
        assertThat(exam.status()).as(exam.raw().body()).isEqualTo(201);
        ids.put("exam", exam.body().get("id").asString());

        // a lecture the branch's town offers its subtree, booked by the branch
        Api.Reply expert = tree.town1Admin.post("/api/learning/lectures/experts", Map.of("name", "陆文华",
                "title", "镇党校讲师", "topics", "党章党规"));
        assertThat(expert.status()).as(expert.raw().body()).isEqualTo(201);
        ids.put("expert", expert.body().get("id").asString());
        LocalDateTime lecture = LocalDateTime.now(CHINA).plusDays(12).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Api.Reply slot = tree.town1Admin.post("/api/learning/lectures/slots", Map.of("expertId", ids.get("expert"),
                "topic", "学党章守党规", "place", "张浦镇党群服务中心", "startsAt", lecture.toString(),
                "endsAt", lecture.plusHours(2).toString(), "capacity", 5));
        assertThat(slot.status()).as(slot.raw().body()).isEqualTo(201);
        ids.put("lectureSlot", slot.body().get("id").asString());
        Api.Reply booking = tree.branchAAdmin.post("/api/learning/lectures/slots/" + ids.get("lectureSlot")
                + "/bookings", Map.of("attendees", 25));
        assertThat(booking.status()).as(booking.raw().body()).isEqualTo(201);
        ids.put("lectureBooking", booking.body().get("id").asString());

        // the branch's member opens a thread on the branch's course, once it is published
        assertThat(tree.branchAAdmin.post("/api/learning/courses/" + ids.get("course") + "/publish", null).status())
                .isEqualTo(200);
        Api.Session learner = MemberSignIn.session(tree, member, phone);
        Api.Reply[] thread = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            thread[0] = learner.post("/api/learning/my/courses/" + ids.get("course") + "/threads",
                    Map.of("title", "党章学习体会", "body", "对照党章找差距。"));
            return thread[0].status() != 404;
        });
        assertThat(thread[0].status()).as(thread[0].raw().body()).isEqualTo(201);
        ids.put("post", thread[0].body().get("id").asString());

        // a village committee member who is not a Party member, on the branch's cadre roll, with a post and a reserve
        Api.Reply[] cadre = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            cadre[0] = tree.branchAAdmin.post("/api/cadres", Map.of("orgId", String.valueOf(tree.branchA),
                    "name", "顾村委", "gender", "MALE", "birthDate", "1979-05-06", "education", "31"));
            return cadre[0].status() != 400;
        });
        ids.put("cadre", ok(cadre[0]).get("id").asString());
        ids.put("appointment", ok(tree.branchAAdmin.post("/api/cadres/" + ids.get("cadre") + "/appointments",
                Map.of("position", "RESIDENTS_MEMBER", "method", "ELECTED", "startsOn", today.minusYears(1).toString())))
                .get("id").asString());
        ids.put("reserve", ok(tree.branchAAdmin.post("/api/cadres/" + ids.get("cadre") + "/reserves",
                Map.of("position", "SECRETARY", "since", today.minusMonths(6).toString()))).get("id").asString());
        // the branch's quarterly update of its cadres, opened by the city's run now that it has a post held
        ok(tree.city.post("/api/cadres/quarters/run", null));
        ids.put("quarterTask", ok(tree.branchAAdmin.get("/api/cadres/quarter-tasks?orgId=" + tree.branchA))
                .get("items").get(0).get("id").asString());
    }

    /** The template with each variable replaced by the object of its kind. */
    String path(String template) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kind = kindOf(template.substring(0, m.start()), m.group(1));
            String value = kind.startsWith("=") ? kind.substring(1) : ids.get(kind);
            if (value == null) {
                throw new AssertionError(template + ": no " + kind + " was made");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The same where a variable names an object made here; elsewhere a value of the right shape: a rule set or a kind
     * of notice that exists, this year, or 1 for a number that may name nothing.
     */
    String pathOrPlaceholder(String template) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String before = template.substring(0, m.start());
            String kind = kindOf(before, m.group(1));
            String value = kind == null ? placeholder(template, before, m.group(1))
                    : kind.startsWith("=") ? kind.substring(1) : ids.get(kind);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String placeholder(String template, String before, String variable) {
        if (before.endsWith("/rule-sets/")) {
            return template.startsWith("/api/points/") ? "dues"
                    : template.startsWith("/api/learning/") ? "training" : "admission";
        }
        return switch (variable) {
            case "kind" -> "POLITICAL_BIRTHDAY";
            case "year" -> Integer.toString(LocalDate.now(CHINA).getYear());
            case "provider" -> "aliyun";
            default -> "1";
        };
    }

    static boolean resolvable(String template) {
        Matcher m = VARIABLE.matcher(template);
        while (m.find()) {
            if (kindOf(template.substring(0, m.start()), m.group(1)) == null) {
                return false;
            }
        }
        return true;
    }

    /** Which object a path variable names, from the segment before it; "=..." is a literal value. */
    static String kindOf(String before, String variable) {
        String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
        return switch (segment + "/" + variable) {
            case "members/id", "members/memberId", "attendees/memberId" -> "member";
            case "accounts/id" -> "account";
            case "orgs/id", "orgs/orgId" -> "org";
            case "venues/venueId" -> "venue";
            case "photos/photoId" -> before.contains("/venues/") ? "venuePhoto" : "activityPhoto";
            case "activities/id" -> "activity";
            case "meetings/id" -> "meeting";
            case "messages/id" -> "message";
            case "cases/id" -> "case";
            case "attachments/attachmentId" -> "attachment";
            case "steps/code" -> "=N03";
            case "changes/changeId" -> "change";
            case "transfers/id" -> "transfer";
            case "courses/id" -> "course";
            case "exams/id" -> "exam";
            case "media/id" -> "media";
            case "experts/id" -> "expert";
            case "slots/id" -> "lectureSlot";
            case "bookings/id" -> "lectureBooking";
            case "posts/id" -> "post";
            case "parts/n" -> "=1";
            case "cadres/id", "cadres/cadreId" -> "cadre";
            case "appointments/id" -> "appointment";
            case "reserves/id" -> "reserve";
            case "quarter-tasks/id" -> "quarterTask";
            case "duties/quarter" -> "=2026-Q1";
            case "assessments/year" -> "=2025";
            default -> null;
        };
    }

    private static String last(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.raw().body()).isLessThan(300);
        return reply.body();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
