package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A course's discussion through the gateway: a member's post with a listed word is refused at its field, the
 * changed post is kept; another member reports it; the branch's administrator finds it at the top of the queue and
 * hides it; members no longer see it.
 */
class DiscussionE2eTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void aReportedPostIsHiddenByTheBranchAndAPostWithAListedWordNeverAppears() {
        TransferTree tree = new TransferTree(Platform.get());
        String phone1 = TransferTree.phone();
        String phone2 = TransferTree.phone();
        Api.Session author = MemberSignIn.session(tree, tree.member("陶建平", LocalDate.of(1986, 4, 2), true, phone1), phone1);
        Api.Session reader = MemberSignIn.session(tree, tree.member("程玉兰", LocalDate.of(1991, 10, 8), false, phone2), phone2);
        Api.Reply[] course = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            course[0] = tree.town1Admin.post("/api/learning/courses", Map.of("title", "学习贯彻全会精神",
                    "chapters", List.of(Map.of("title", "第一讲", "releaseOn", LocalDate.now(CHINA).toString(),
                            "lessons", List.of(Map.of("title", "公报导读", "kind", "ARTICLE", "durationSeconds", 600,
                                    "classHours", 1))))));
            return course[0].status() != 400;
        });
        assertThat(course[0].status()).as(course[0].raw().body()).isEqualTo(201);
        String id = course[0].body().get("id").asString();
        assertThat(tree.town1Admin.post("/api/learning/courses/" + id + "/publish", null).status()).isEqualTo(200);
        String threads = "/api/learning/my/courses/" + id + "/threads";

        Api.Reply[] refused = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            // the members' branch reaches learning-service's roster from member-service
            refused[0] = author.post(threads, Map.of("title", "转发", "body", "兼职刷 单，日结"));
            return refused[0].status() != 404;
        });
        assertThat(refused[0].status()).isEqualTo(400);
        assertThat(refused[0].body().get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(refused[0].body().get("errors").get(0).get("message").asString()).contains("刷单");

        Api.Reply kept = author.post(threads, Map.of("title", "转发", "body", "兼职日结，私信我"));
        assertThat(kept.status()).as(kept.raw().body()).isEqualTo(201);
        String post = kept.body().get("id").asString();
        assertThat(reader.get(threads).body().get(0).get("authorName").asString()).isEqualTo("陶建平");
        assertThat(reader.post("/api/learning/my/posts/" + post + "/report", Map.of("reason", "兼职广告")).status())
                .isEqualTo(204);

        JsonNode queue = tree.branchAAdmin.get("/api/learning/discussion/posts").body();
        assertThat(queue.get(0).get("id").asString()).isEqualTo(post);
        assertThat(queue.get(0).get("reportReasons").get(0).asString()).isEqualTo("兼职广告");
        assertThat(tree.branchCAdmin.post("/api/learning/discussion/posts/" + post + "/hide", Map.of("reason", "广告"))
                .status()).as("another town's branch").isEqualTo(404);
        Api.Reply hidden = tree.branchAAdmin.post("/api/learning/discussion/posts/" + post + "/hide", Map.of("reason", "广告"));
        assertThat(hidden.status()).as(hidden.raw().body()).isEqualTo(200);
        assertThat(reader.get(threads).body()).isEmpty();
        assertThat(reader.get("/api/learning/my/threads/" + post).status()).isEqualTo(404);
    }
}
