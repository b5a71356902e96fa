package org.dangjian.learning.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Members discuss a course they study; listed words are refused; administrators moderate their own members' posts. */
class DiscussionTest extends LearningApiTest {
    private long course;
    private long a1;
    private long b1;
    private long c1;
    private String memberA;
    private String memberB;
    private String memberC;

    /** A course of town 1 (branches A and B study it, branch C in town 2 does not), a member in each branch. */
    @BeforeEach
    void courseAndMembers() {
        course = publishedCourse(town1Admin, town1, 600).get("id").asLong();
        a1 = announceMember(branchA, "张明");
        b1 = announceMember(branchB, "李华");
        c1 = announceMember(branchC, "王强");
        awaitEffect(() -> List.of(a1, b1, c1).stream()
                .allMatch(m -> count("SELECT COUNT(*) FROM member_ref WHERE member_id = ?", m) == 1));
        memberA = memberToken(a1, branchA);
        memberB = memberToken(b1, branchB);
        memberC = memberToken(c1, branchC);
    }

    @Test
    void members_who_study_a_course_discuss_it_and_see_of_each_other_only_name_and_branch() {
        JsonNode thread = ok(post(memberA, threads(course), Map.of("title", "学习心得", "body", "全会精神要落到支部工作中。")));
        assertThat(thread.get("authorName").asString()).isEqualTo("张明");
        assertThat(thread.get("authorOrgName").asString()).isEqualTo("城北社区党支部");
        long id = thread.get("id").asLong();
        ok(post(memberB, "/api/learning/my/threads/" + id + "/replies", Map.of("body", "赞同，我们支部也在学。")));

        JsonNode read = ok(get(memberA, "/api/learning/my/threads/" + id));
        assertThat(read.get("thread").get("replyCount").asInt()).isEqualTo(1);
        assertThat(read.get("replies").get(0).get("authorOrgName").asString()).isEqualTo("城南社区党支部");
        assertThat(read.get("replies").get(0).propertyNames()).as("nothing of the person beyond name and branch")
                .doesNotContain("authorMemberId", "phone", "orgPath");
        assertThat(read.get("replies").get(0).has("reportCount")).as("moderation is not for members").isFalse();
        assertThat(ok(get(memberB, threads(course))).get(0).get("id").asLong()).isEqualTo(id);

        assertThat(get(memberC, threads(course))).as("not published to town 2").hasStatus(404);
        assertThat(get(memberC, "/api/learning/my/threads/" + id)).hasStatus(404);
        assertThat(post(town1Admin, threads(course), Map.of("title", "t", "body", "b"))).as("members only").hasStatus(403);
    }

    @Test
    void a_post_with_a_listed_word_is_refused_naming_the_word_even_split_by_spaces() {
        JsonNode refused = body(post(memberA, threads(course), Map.of("title", "求助", "body", "有人拉我参加网络赌 博，怎么办")));
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("赌博");
        assertThat(body(post(memberA, threads(course), Map.of("title", "代开-发票", "body", "正文"))).get("errors").get(0)
                .get("field").asString()).isEqualTo("title");
        assertThat(count("SELECT COUNT(*) FROM discussion_post WHERE course_id = ?", course)).isZero();

        long word = ok(post(cityAdmin, "/api/learning/discussion/sensitive-words", Map.of("word", "Spam链接"))).get("id").asLong();
        assertThat(post(memberA, threads(course), Map.of("title", "看看", "body", "点这个 SPAM 链接"))).hasStatus(400);
        assertThat(post(cityAdmin, "/api/learning/discussion/sensitive-words", Map.of("word", "spam 链接"))).hasStatus(409);
        assertThat(post(town1Admin, "/api/learning/discussion/sensitive-words", Map.of("word", "别的"))).hasStatus(403);
        assertThat(delete(cityAdmin, "/api/learning/discussion/sensitive-words/" + word)).hasStatus(204);
        assertThat(post(memberA, threads(course), Map.of("title", "看看", "body", "点这个 SPAM 链接"))).hasStatus(201);
    }

    @Test
    void a_reported_post_comes_to_its_authors_administrators_who_hide_it_from_members_with_its_replies() {
        long id = ok(post(memberA, threads(course), Map.of("title", "广告", "body", "本店优惠，欢迎光临。"))).get("id").asLong();
        long reply = ok(post(memberB, "/api/learning/my/threads/" + id + "/replies", Map.of("body", "与课程无关。")))
                .get("id").asLong();
        assertThat(post(memberB, "/api/learning/my/posts/" + id + "/report", Map.of("reason", "与课程无关的广告"))).hasStatus(204);
        assertThat(post(memberB, "/api/learning/my/posts/" + id + "/report", Map.of("reason", "再报一次"))).hasStatus(204);

        JsonNode queue = ok(get(branchAAdmin, "/api/learning/discussion/posts"));
        assertThat(queue.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(queue.get(0).get("reportCount").asInt()).as("once per member").isEqualTo(1);
        assertThat(queue.get(0).get("reportReasons").get(0).asString()).isEqualTo("与课程无关的广告");
        assertThat(queue.get(0).get("courseTitle").asString()).isEqualTo("学习贯彻党的二十大精神");
        assertThat(ok(get(branchBAdmin, "/api/learning/discussion/posts")).valueStream().map(p -> p.get("id").asLong()))
                .as("not branch B's member's post").doesNotContain(id);
        assertThat(post(branchBAdmin, "/api/learning/discussion/posts/" + id + "/hide", Map.of("reason", "广告")))
                .hasStatus(404);

        JsonNode hidden = ok(post(branchAAdmin, "/api/learning/discussion/posts/" + id + "/hide", Map.of("reason", "广告")));
        assertThat(hidden.get("status").asString()).isEqualTo("HIDDEN");
        assertThat(ok(get(memberB, threads(course))).valueStream().map(p -> p.get("id").asLong())).doesNotContain(id);
        assertThat(get(memberB, "/api/learning/my/threads/" + id)).hasStatus(404);
        assertThat(post(memberB, "/api/learning/my/posts/" + reply + "/report", Map.of("reason", "x"))).as("gone with its thread")
                .hasStatus(404);
        assertThat(ok(get(town1Admin, "/api/learning/discussion/posts?which=HIDDEN")).get(0).get("hiddenReason").asString())
                .isEqualTo("广告");

        ok(post(town1Admin, "/api/learning/discussion/posts/" + id + "/restore", null));
        assertThat(ok(get(memberB, "/api/learning/my/threads/" + id)).get("replies")).hasSize(1);
        assertThat(ok(get(branchAAdmin, "/api/learning/discussion/posts")).valueStream().map(p -> p.get("id").asLong()))
                .as("kept: its reports left the queue").doesNotContain(id);
    }

    private static String threads(long course) {
        return "/api/learning/my/courses/" + course + "/threads";
    }
}
