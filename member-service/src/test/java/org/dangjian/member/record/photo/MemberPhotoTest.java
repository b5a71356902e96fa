package org.dangjian.member.record.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.member.NewMember.member;
import static org.dangjian.member.TestIdNumbers.idNumber;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dangjian.kit.servicetest.TreeApiTest;
import org.dangjian.kit.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

class MemberPhotoTest extends TreeApiTest {

    @Test
    void anAdministratorUploadsAndReplacesThePhotoWhichReadsBackWithinScopeOnly() throws IOException {
        long id = register(member(branchA, "周敏", "FEMALE", idNumber(LocalDate.of(1988, 5, 6), false), null,
                "1988-05-06")).get("id").asLong();
        assertThat(get(cityAdmin, "/api/members/" + id + "/photo")).hasStatus(404);

        byte[] red = png(Color.RED);
        MvcTestResult uploaded = upload(id, cityAdmin, red);
        assertThat(uploaded).hasStatusOk();
        assertThat(body(uploaded).get("contentType").asString()).isEqualTo("image/png");
        MvcTestResult read = get(cityAdmin, "/api/members/" + id + "/photo");
        assertThat(read).hasStatusOk().hasContentType("image/png");
        assertThat(read.getResponse().getContentAsByteArray()).isEqualTo(red);
        assertThat(body(get(cityAdmin, "/api/members/" + id)).get("hasPhoto").asBoolean()).isTrue();

        byte[] blue = png(Color.BLUE);
        String adminA = TestTokens.orgAdmin(nextId(), branchA, pathOf(branchA));
        assertThat(upload(id, adminA, blue)).hasStatusOk();
        assertThat(get(adminA, "/api/members/" + id + "/photo").getResponse().getContentAsByteArray()).isEqualTo(blue);
        assertThat(body(get(cityAdmin, "/api/members/" + id + "/history")).get("items").findValuesAsString("field"))
                .contains("photo");

        String adminB = TestTokens.orgAdmin(nextId(), branchB, pathOf(branchB));
        assertThat(get(adminB, "/api/members/" + id + "/photo")).as("another branch").hasStatus(404);
        assertThat(upload(id, adminB, red)).hasStatus(404);
        assertThat(upload(id, memberToken(id, branchA, pathOf(branchA)), red)).as("members do not replace it").hasStatus(403);
    }

    @Test
    void somethingThatIsNotAnImageIsRefused() {
        long id = register(member(branchA, "吴强", "MALE", idNumber(LocalDate.of(1979, 1, 2), true), null,
                "1979-01-02")).get("id").asLong();
        MvcTestResult refused = upload(id, cityAdmin, "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(refused).hasStatus(415);
        assertThat(body(refused).get("code").asString()).isEqualTo("UPLOAD_NOT_AN_IMAGE");
        assertThat(get(cityAdmin, "/api/members/" + id + "/photo")).hasStatus(404);
    }

    private MvcTestResult upload(long id, String token, byte[] bytes) {
        return mvc.post().uri("/api/members/" + id + "/photo").multipart().file("file", bytes)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Registers through {@code POST /api/members} as the city administrator; the created record. */
    private JsonNode register(Map<String, Object> member) {
        return ok(post(cityAdmin, "/api/members", member));
    }
}
