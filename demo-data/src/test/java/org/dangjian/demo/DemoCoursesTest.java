package org.dangjian.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Party school's courses of the demo: the plan must pass learning-service's rules and tell the case study's
 * story (150 class hours pushed in instalments, some out and some to come, whatever day it is run), and the loader,
 * against a stand-in gateway, must not create a course twice.
 */
class DemoCoursesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String CITY = "1";

    @Test
    void sixCityCoursesMakeTheHundredAndFiftyClassHoursTheCitySchoolPushes() {
        List<DemoCourses.Course> city = DemoCourses.plan(TODAY).stream()
                .filter(c -> c.ownerCode() == null && c.published()).toList();

        assertThat(city).hasSize(6);
        assertThat(city.stream().map(DemoCourses.Course::classHours).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("150");
        assertThat(city).allMatch(c -> c.chapters().size() >= 5);
    }

    @Test
    void theBranchSecretariesCourseIsPublishedToThePartyCommitteesAloneAndEveryOtherToAllMembers() {
        List<DemoCourses.Course> plan = DemoCourses.plan(TODAY);
        assertThat(plan.stream().filter(c -> c.audience().equals("LEADERS")).map(DemoCourses.Course::title))
                .containsExactly("基层党务工作实务（支部书记专题）");
        assertThat(plan.stream().filter(c -> !c.audience().equals("LEADERS"))).allMatch(c -> c.audience().equals("MEMBERS"));
    }

    @Test
    void twoTownsHaveCoursesOfTheirOwnAndOneCourseStaysADraft() {
        List<DemoCourses.Course> plan = DemoCourses.plan(TODAY);
        Set<String> codes = new HashSet<>();
        KunshanTree.generate(new Random(7)).forEach(o -> codes.add(o.code()));

        assertThat(plan.stream().filter(c -> c.ownerCode() != null).map(DemoCourses.Course::ownerCode))
                .containsExactly(DemoCourses.ZHOUSHI, DemoCourses.ZHOUZHUANG).allMatch(codes::contains);
        assertThat(plan.stream().filter(c -> !c.published())).hasSize(1);
        assertThat(plan.stream().map(DemoCourses.Course::title).distinct()).hasSize(plan.size());
    }

    @Test
    void everyChapterHasLessonsThatLearningServiceTakes() {
        Set<String> kinds = new HashSet<>();
        for (DemoCourses.Course course : DemoCourses.plan(TODAY)) {
            assertThat(course.title()).hasSizeLessThanOrEqualTo(100);
            assertThat(course.summary()).isNotBlank().hasSizeLessThanOrEqualTo(1000);
            assertThat(course.chapters()).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            for (DemoCourses.Chapter chapter : course.chapters()) {
                assertThat(chapter.title()).isNotBlank().hasSizeLessThanOrEqualTo(100);
                assertThat(chapter.lessons()).as(chapter.title()).hasSizeBetween(2, 100);
                for (DemoCourses.Lesson lesson : chapter.lessons()) {
                    assertThat(lesson.title()).isNotBlank().hasSizeLessThanOrEqualTo(100);
                    assertThat(lesson.durationSeconds()).as(lesson.title()).isBetween(5 * 60, 45 * 60);
                    assertThat(lesson.classHours()).isBetween(new BigDecimal("0.1"), BigDecimal.TEN);
                    assertThat(lesson.classHours().scale()).isEqualTo(1);
                    kinds.add(lesson.kind());
                }
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder("VIDEO", "AUDIO", "ARTICLE", "PDF");
        assertThat(DemoCourses.classHours(5)).isEqualByComparingTo("0.5");
        assertThat(DemoCourses.classHours(30)).isEqualByComparingTo("1");
        assertThat(DemoCourses.classHours(45)).isEqualByComparingTo("1.5");
    }

    /** Whatever the day (the first or last of a month, of the year), every published course has chapters out and to come. */
    @Test
    void everyPublishedCourseHasChaptersReleasedAndChaptersToComeMonthByMonth() {
        for (LocalDate today : List.of(TODAY, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 12, 31))) {
            for (DemoCourses.Course course : DemoCourses.plan(today)) {
                List<LocalDate> releases = course.chapters().stream().map(DemoCourses.Chapter::releaseOn).toList();
                for (int i = 1; i < releases.size(); i++) {
                    assertThat(releases.get(i)).isEqualTo(releases.get(i - 1).plusMonths(1)).matches(d -> d.getDayOfMonth() == 1);
                }
                assertThat(releases).as("%s on %s", course.title(), today).anyMatch(d -> d.isAfter(today));
                if (course.published()) {
                    assertThat(releases).as("%s on %s", course.title(), today).anyMatch(d -> !d.isAfter(today));
                } else {
                    assertThat(releases).as("the draft is for the coming months").allMatch(d -> d.isAfter(today));
                }
            }
        }
        assertThat(DemoCourses.plan(TODAY).stream().map(DemoCourses.Course::title))
                .as("the same titles every day").containsExactlyElementsOf(DemoCourses.plan(LocalDate.of(2027, 8, 15))
                        .stream().map(DemoCourses.Course::title).toList());
    }

    // ---- the loader against a stand-in gateway ----

    private final Map<String, JsonNode> courses = new LinkedHashMap<>();
    private final Map<String, String> statuses = new LinkedHashMap<>();
    private final Map<String, java.io.ByteArrayOutputStream> media = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final AtomicInteger townUnknown = new AtomicInteger(2);
    private HttpServer server;
    private int pauses;
    private boolean refuse;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theLoaderCreatesAndPublishesWhatIsMissingAndASecondRunNothing() throws InterruptedException {
        List<DemoCourses.Course> plan = DemoCourses.plan(TODAY);
        // one course there already (published), one left a draft by an interrupted run
        courses.put("1", JSON.valueToTree(Map.of("id", "1", "title", plan.get(0).title())));
        statuses.put("1", "PUBLISHED");
        courses.put("2", JSON.valueToTree(Map.of("id", "2", "title", plan.get(1).title())));
        statuses.put("2", "DRAFT");
        Gateway gateway = new Gateway("http://127.0.0.1:" + server.getAddress().getPort());

        DemoCourses.Loaded first = new DemoCourses(gateway, TODAY, pause -> pauses++).load();

        assertThat(first.existing()).isEqualTo(2);
        assertThat(first.created()).isEqualTo(plan.size() - 2);
        assertThat(first.published()).isEqualTo(plan.size() - 3);
        assertThat(first.publishedHours()).isEqualByComparingTo(plan.stream().skip(2).filter(DemoCourses.Course::published)
                .map(DemoCourses.Course::classHours).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(courses).hasSize(plan.size());
        assertThat(statuses.values().stream().filter("DRAFT"::equals)).hasSize(1);
        assertThat(statuses).containsEntry("2", "PUBLISHED");
        JsonNode zhoushi = byTitle(plan.get(6).title());
        assertThat(zhoushi.path("orgId").asString()).isEqualTo("ZS-id");
        assertThat(byTitle(plan.get(2).title()).path("orgId").asString()).isEqualTo(CITY);
        assertThat(zhoushi.path("chapters").get(0).path("releaseOn").asString()).isEqualTo("2026-11-01");
        assertThat(zhoushi.path("chapters").get(0).path("lessons").get(0).path("classHours").decimalValue())
                .isEqualByComparingTo("1.0");
        assertThat(pauses).as("the town unknown to learning-service at first").isEqualTo(2);
        List<JsonNode> pdfLessons = courses.values().stream().skip(2).flatMap(c -> c.path("chapters").valueStream())
                .flatMap(c -> c.path("lessons").valueStream()).filter(l -> l.path("kind").asString().equals("PDF")).toList();
        assertThat(pdfLessons).as("the created courses' PDF lessons").isNotEmpty();
        assertThat(pdfLessons).allMatch(l -> media.containsKey(l.path("mediaId").asString()));
        assertThat(media).hasSize(pdfLessons.size());
        assertThat(media.values()).allSatisfy(pdf -> assertThat(new String(pdf.toByteArray(), StandardCharsets.ISO_8859_1))
                .as("sent whole, in parts").startsWith("%PDF-1.4").endsWith("%%EOF\n"));

        calls.clear();
        DemoCourses.Loaded second = new DemoCourses(gateway, TODAY, pause -> pauses++).load();

        assertThat(second.created()).isZero();
        assertThat(second.existing()).isEqualTo(plan.size());
        assertThat(courses).hasSize(plan.size());
        assertThat(calls).noneMatch(c -> c.startsWith("POST"));
    }

    @Test
    void aCourseRefusedForAnythingButItsOrganisationStopsTheLoaderNamingTheCourseAndTheField() {
        refuse = true;
        Gateway gateway = new Gateway("http://127.0.0.1:" + server.getAddress().getPort());

        assertThatThrownBy(() -> new DemoCourses(gateway, TODAY, pause -> pauses++).load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DemoCourses.plan(TODAY).get(0).title())
                .hasMessageContaining("HTTP 400 VALIDATION_FAILED")
                .hasMessageContaining("chapters[0].lessons[0].classHours");
        assertThat(pauses).isZero();
        assertThat(courses).isEmpty();
    }

    private JsonNode byTitle(String title) {
        return courses.values().stream().filter(c -> title.equals(c.path("title").asString())).findFirst().orElseThrow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        JsonNode body = "POST".equals(method) ? JSON.readTree(exchange.getRequestBody().readAllBytes()) : null;
        calls.add(method + " " + path);
        if (path.equals("/api/auth/me")) {
            StandIn.reply(exchange, 200, Map.of("accountId", "1", "orgId", CITY, "roles", List.of("CITY_ADMIN")));
        } else if (path.equals("/api/orgs") && query != null) {
            String code = query.replaceAll(".*q=", "");
            StandIn.reply(exchange, 200, Map.of("items", List.of(Map.of("id", code.substring(7) + "-id", "code", code))));
        } else if (path.equals("/api/learning/courses") && "GET".equals(method)) {
            List<Object> listed = new ArrayList<>();
            courses.forEach((id, c) -> listed.add(Map.of("id", id, "title", c.path("title").asString(),
                    "status", statuses.get(id))));
            StandIn.reply(exchange, 200, listed);
        } else if (path.equals("/api/learning/courses") && refuse) {
            StandIn.reply(exchange, 400, Map.of("code", "VALIDATION_FAILED", "detail", "请检查标出的字段后重试。",
                    "errors", List.of(Map.of("field", "chapters[0].lessons[0].classHours", "message", "数字的值超出了允许范围"))));
        } else if (path.equals("/api/learning/courses")) {
            if (body.path("orgId").asString().equals("ZS-id") && townUnknown.getAndDecrement() > 0) {
                StandIn.reply(exchange, 400, Map.of("code", "VALIDATION_FAILED",
                        "errors", List.of(Map.of("field", "orgId", "message", "组织不存在或不在所辖范围内"))));
                return;
            }
            String id = Integer.toString(courses.size() + 1);
            courses.put(id, body);
            statuses.put(id, "DRAFT");
            StandIn.reply(exchange, 201, Map.of("id", id, "status", "DRAFT"));
        } else if (path.equals("/api/learning/media")) {
            String id = "m" + (media.size() + 1);
            media.put(id, new java.io.ByteArrayOutputStream());
            StandIn.reply(exchange, 201, Map.of("id", id, "partSize", 4096, "partCount", (body.path("size").asInt() + 4095) / 4096));
        } else if (path.matches("/api/learning/media/m\\d+/parts/\\d+")) {
            media.get(path.split("/")[4]).writeBytes(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else if (path.endsWith("/complete")) {
            StandIn.reply(exchange, 200, Map.of("id", path.split("/")[4], "status", "READY"));
        } else if (path.endsWith("/publish")) {
            String id = path.split("/")[4];
            if ("PUBLISHED".equals(statuses.put(id, "PUBLISHED"))) {
                StandIn.reply(exchange, 409, Map.of("code", "LEARNING_COURSE_ALREADY_PUBLISHED"));
            } else {
                StandIn.reply(exchange, 200, Map.of("id", id, "status", "PUBLISHED"));
            }
        } else {
            StandIn.reply(exchange, 404, Map.of("code", "NOT_FOUND"));
        }
    }
}
