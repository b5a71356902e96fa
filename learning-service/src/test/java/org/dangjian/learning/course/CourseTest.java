package org.dangjian.learning.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dangjian.contracts.cadre.CadreAppointmentChanged;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Administrators lay out courses and publish them to the members of their subtree. */
class CourseTest extends LearningApiTest {

    @Test
    void a_published_course_reaches_the_members_of_its_subtree_and_no_one_else() {
        JsonNode course = publishedCourse(town1Admin, town1, 600, 900);
        assertThat(course.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(course.get("classHours").decimalValue()).as("the lessons' hours added up").isEqualByComparingTo("2.0");
        String id = course.get("id").asString();

        long inBranchA = announceMember(branchA, "甲支部党员");
        long inBranchC = announceMember(branchC, "丙支部党员");
        assertThat(myCourseIds(memberToken(inBranchA, branchA))).contains(id);
        assertThat(myCourseIds(memberToken(inBranchC, branchC))).doesNotContain(id);
        assertThat(get(memberToken(inBranchC, branchC), "/api/learning/my/courses/" + id)).hasStatus(404);
        JsonNode mine = ok(get(memberToken(inBranchA, branchA), "/api/learning/my/courses/" + id));
        assertThat(mine.get("lessons").asInt()).isEqualTo(2);
        assertThat(mine.get("nextLessonId").asLong()).isEqualTo(lessonId(course, 0));
    }

    @Test
    void a_course_for_leaders_is_seen_and_studied_only_by_members_on_a_party_committee_today() {
        Map<String, Object> request = new java.util.HashMap<>(course(town1, today(), 600));
        request.put("title", "基层党组织书记履职能力提升");
        request.put("audience", "LEADERS");
        JsonNode draft = ok(post(town1Admin, "/api/learning/courses", request));
        assertThat(draft.get("audience").asString()).isEqualTo("LEADERS");
        JsonNode course = ok(post(town1Admin, "/api/learning/courses/" + draft.get("id").asString() + "/publish", null));
        String id = course.get("id").asString();
        long lesson = lessonId(course, 0);

        long secretary = announceMember(branchA, "甲支部书记");
        long member = announceMember(branchA, "甲支部党员");
        long former = announceMember(branchA, "前任委员");
        publish(new CadreAppointmentChanged(nextId(), nextId(), secretary, "甲支部书记", branchA, pathOf(branchA),
                "SECRETARY", today().minusYears(2), null, true));
        publish(new CadreAppointmentChanged(nextId(), nextId(), former, "前任委员", branchA, pathOf(branchA),
                "COMMITTEE_MEMBER", today().minusYears(4), today().minusMonths(1), false));
        awaitEffect(() -> count("SELECT COUNT(*) FROM leader_post WHERE member_id IN (?, ?)", secretary, former) == 2);

        String secretaryToken = memberToken(secretary, branchA);
        assertThat(myCourseIds(secretaryToken)).contains(id);
        beat(secretaryToken, lesson, 0, true, java.time.Duration.ZERO);
        for (long other : List.of(member, former)) {
            String token = memberToken(other, branchA);
            assertThat(myCourseIds(token)).doesNotContain(id);
            assertThat(get(token, "/api/learning/my/courses/" + id)).hasStatus(404);
            assertThat(post(token, "/api/learning/lessons/" + lesson + "/heartbeats", Map.of("id",
                    java.util.UUID.randomUUID().toString(), "position", 0, "start", true))).hasStatus(404);
        }
        assertThat(ok(get(town1Admin, "/api/learning/courses")).valueStream()
                .filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow().get("audience").asString())
                .as("administrators see whom it is for").isEqualTo("LEADERS");
    }

    @Test
    void a_draft_is_studied_by_no_one_and_published_once() {
        JsonNode draft = ok(post(branchAAdmin, "/api/learning/courses", course(branchA, today(), 600)));
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        long m = announceMember(branchA, "草稿");
        assertThat(myCourseIds(memberToken(m, branchA))).doesNotContain(draft.get("id").asString());
        String publish = "/api/learning/courses/" + draft.get("id").asString() + "/publish";
        ok(post(branchAAdmin, publish, null));
        assertThat(post(branchAAdmin, publish, null)).hasStatus(409);
    }

    @Test
    void another_subtrees_administrator_neither_sees_nor_publishes_a_course() {
        JsonNode draft = ok(post(town1Admin, "/api/learning/courses", course(town1, today(), 600)));
        String id = draft.get("id").asString();
        assertThat(get(town2Admin, "/api/learning/courses/" + id)).hasStatus(404);
        assertThat(post(town2Admin, "/api/learning/courses/" + id + "/publish", null)).hasStatus(404);
        assertThat(ok(get(town2Admin, "/api/learning/courses")).valueStream().map(c -> c.get("id").asString()))
                .doesNotContain(id);
        assertThat(ok(get(cityAdmin, "/api/learning/courses")).valueStream().map(c -> c.get("id").asString()))
                .contains(id);
        assertThat(post(town2Admin, "/api/learning/courses", course(town1, today(), 600))).hasStatus(400)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("orgId");
    }

    @Test
    void a_course_without_lessons_or_with_a_lesson_of_no_length_is_refused_naming_the_field() {
        assertThat(post(town1Admin, "/api/learning/courses", Map.of("title", "空课程", "chapters", List.of())))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("chapters");
        Map<String, Object> zero = Map.of("title", "零秒", "chapters", List.of(Map.of("title", "一", "releaseOn",
                today().toString(), "lessons", List.of(Map.of("title", "课", "kind", "VIDEO", "durationSeconds", 0,
                        "classHours", 1)))));
        assertThat(post(town1Admin, "/api/learning/courses", zero)).hasStatus(400).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("chapters[0].lessons[0].durationSeconds");
    }

    private List<String> myCourseIds(String member) {
        return ok(get(member, "/api/learning/my/courses")).valueStream().map(c -> c.get("course").get("id").asString())
                .toList();
    }
}
