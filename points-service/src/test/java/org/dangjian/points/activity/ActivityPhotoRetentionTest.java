package org.dangjian.points.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dangjian.kit.privacy.retention.Retention;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Item 14, uploads: the photos of organisational life are kept 5 years after the activity's date (rule
 * ACTIVITY_PHOTO), then erased, files and all; the activity itself (date, topic, attendance) stays.
 */
class ActivityPhotoRetentionTest extends TreeApiTest {
    private static final Path STORAGE = Path.of("target/test-storage");
    @Autowired
    private RankedMembers members;
    @Autowired
    private Retention retention;

    @Test
    void photosOfAnActivityPastFiveYearsAreErasedAndTheActivityStays() throws IOException {
        long m = members.ranked(announceMember(branchA, "欧阳春"));
        long old = activity(m, today().minusYears(5).minusDays(1), "学习《中国共产党纪律处分条例》");
        String oldUrl = photo(old);
        String oldKey = objectKey(old);
        long recent = activity(m, today().minusYears(4).minusMonths(11), "重温入党誓词");
        String recentUrl = photo(recent);
        assertThat(kind(ok(get(cityAdmin, "/api/points/retention"))).get("due").asLong())
                .as("the old activity's photo is due").isPositive();

        retention.runAll();

        JsonNode oldDetail = ok(get(branchAAdmin, "/api/points/activities/" + old));
        assertThat(oldDetail.get("photos").size()).as("the old activity's photos").isZero();
        assertThat(oldDetail.get("topic").asString()).isEqualTo("学习《中国共产党纪律处分条例》");
        assertThat(oldDetail.get("present").asInt()).as("its attendance stays").isEqualTo(1);
        assertThat(get(branchAAdmin, oldUrl).getResponse().getStatus()).isEqualTo(404);
        assertThat(Files.exists(STORAGE.resolve(oldKey))).as("the old photo's file").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_photo WHERE activity_id = ?", Integer.class, old))
                .isZero();
        LocalDate from = today().minusYears(6);
        assertThat(ids(ok(get(branchAAdmin, "/api/points/activities?orgId=" + branchA + "&from=" + from + "&size=100"))))
                .as("both activities are still listed").contains(old, recent);

        JsonNode recentDetail = ok(get(branchAAdmin, "/api/points/activities/" + recent));
        assertThat(recentDetail.get("photos").findValuesAsString("url")).containsExactly(recentUrl);
        assertThat(get(branchAAdmin, recentUrl).getResponse().getContentAsByteArray()).isEqualTo(png());

        JsonNode kind = kind(ok(get(cityAdmin, "/api/points/retention")));
        assertThat(kind.get("label").asString()).isEqualTo("组织生活活动照片");
        assertThat(kind.get("action").asString()).isEqualTo("ERASE");
        assertThat(kind.get("period").asString()).isEqualTo("P5Y");
        assertThat(kind.get("due").asLong()).isZero();
        assertThat(kind.get("lastRunDone").asInt()).isPositive();
        assertThat(get(auditorToken(root, pathOf(root)), "/api/points/retention").getResponse().getStatus())
                .as("auditors read it too").isEqualTo(200);
        assertThat(get(branchAAdmin, "/api/points/retention").getResponse().getStatus())
                .as("for the city administrator and auditors only").isEqualTo(403);
    }

    private long activity(long member, LocalDate date, String topic) {
        return ok(post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type", "STUDY",
                "date", date.toString(), "topic", topic, "attendance",
                List.of(Map.of("memberId", member, "presence", "PRESENT"))))).get("id").asLong();
    }

    private String photo(long activity) throws IOException {
        return ok(mvc.post().uri("/api/points/activities/" + activity + "/photos").multipart().file("file", png())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + branchAAdmin).exchange()).get("url").asString();
    }

    private String objectKey(long activity) {
        return jdbc.queryForObject("SELECT object_key FROM activity_photo WHERE activity_id = ?", String.class, activity);
    }

    private static JsonNode kind(JsonNode kinds) {
        for (JsonNode k : kinds) {
            if (ActivityPhotoRetention.KIND.equals(k.get("kind").asString())) {
                return k;
            }
        }
        throw new AssertionError("no " + ActivityPhotoRetention.KIND + " in " + kinds);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 5, 0x990000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
