package org.dangjian.points.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.points.RankedMembers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** A meeting's photos are kept with it, only images, and only for those who may see the meeting. */
class ActivityPhotoTest extends TreeApiTest {
    @Autowired
    private RankedMembers members;

    @Test
    void a_photo_of_the_meeting_is_kept_with_it_and_a_script_is_refused() throws IOException {
        long m = members.ranked(announceMember(branchA, "陶然"));
        long activity = body(post(branchAAdmin, "/api/points/activities", Map.of("orgId", branchA, "type",
                "THEME_DAY", "date", today().toString(), "topic", "重温入党誓词", "attendance",
                List.of(Map.of("memberId", m, "presence", "PRESENT"))))).get("id").asLong();
        byte[] photo = png();

        MvcTestResult uploaded = upload(activity, branchAAdmin, photo);
        assertThat(uploaded.getResponse().getStatus()).isEqualTo(201);
        String url = body(uploaded).get("url").asString();
        MvcTestResult fetched = get(town1Admin, url);
        assertThat(fetched.getResponse().getContentAsByteArray()).isEqualTo(photo);
        assertThat(fetched.getResponse().getContentType()).isEqualTo("image/png");
        JsonNode detail = body(get(branchAAdmin, "/api/points/activities/" + activity));
        assertThat(detail.get("photos").findValuesAsString("url")).containsExactly(url);

        assertThat(upload(activity, branchAAdmin, "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8))
                .getResponse().getStatus()).isEqualTo(415);
        assertThat(upload(activity, branchBAdmin, photo).getResponse().getStatus()).isEqualTo(404);
        assertThat(get(branchBAdmin, url).getResponse().getStatus()).isEqualTo(404);
    }

    private MvcTestResult upload(long activity, String token, byte[] bytes) {
        return mvc.post().uri("/api/points/activities/" + activity + "/photos").multipart().file("file", bytes)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xCC0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
