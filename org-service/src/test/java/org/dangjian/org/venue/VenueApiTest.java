package org.dangjian.org.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dangjian.kit.servicetest.ServiceApiTest;
import org.dangjian.org.FirstLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@TestPropertySource(properties = {"dj.admin.password=" + VenueApiTest.ADMIN_PASSWORD, "dj.storage.local-root=target/test-storage",
        "dj.storage.max-image-bytes=200000"})
class VenueApiTest extends ServiceApiTest {
    static final String ADMIN_PASSWORD = "Kunshan-2026-admin";

    String admin;
    long rootId;

    @BeforeEach
    void signIn() {
        admin = body(post(null, "/api/auth/login", Map.of("username", "admin", "password", ADMIN_PASSWORD)))
                .get("accessToken").asString();
        rootId = body(get(admin, "/api/auth/me"))
                .get("orgId").asLong();
    }

    @Test
    void aVenueWithAPhotoIsCreatedServedAndAnnouncedWithItsCoordinates() throws IOException {
        long branch = createBranch("陆家镇党委", "陆家一支部");
        MvcTestResult created = post(admin, "/api/orgs/" + branch + "/venues", Map.of("name", "党员活动室",
                "address", "昆山市陆家镇合丰路 1 号", "latitude", "31.312345", "longitude", "121.045678",
                "areaSqm", "120.5", "facilities", "投影仪, 会议桌"));
        assertThat(created).hasStatus(201);
        long venue = body(created).get("id").asLong();

        byte[] png = png(32, 24);
        MvcTestResult uploaded = mvc.post().uri("/api/orgs/" + branch + "/venues/" + venue + "/photos").multipart()
                .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", png))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange();
        assertThat(uploaded).hasStatus(201);
        JsonNode photo = body(uploaded);
        assertThat(photo.get("contentType").asString()).as("type from the bytes, not the name").isEqualTo("image/png");

        MvcTestResult served = mvc.get().uri(photo.get("url").asString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange();
        assertThat(served).hasStatus(200);
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(png);

        JsonNode listed = body(mvc.get().uri("/api/orgs/" + branch + "/venues")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange());
        assertThat(listed.get(0).get("photos").size()).isEqualTo(1);
        assertThat(listed.get(0).get("latitude").asString()).isEqualTo("31.312345");

        String payload = jdbc.queryForObject("SELECT payload FROM dj_outbox WHERE event_type = 'dj.org.venue-updated.v1'"
                + " AND aggregate_id = ? ORDER BY id DESC LIMIT 1", String.class, String.valueOf(branch));
        assertThat(payload).contains("31.312345").contains("121.045678").contains("党员活动室");
    }

    @Test
    void somethingThatIsNotAnImageIsRefusedWhateverItsName() {
        long branch = createBranch("锦溪镇党委", "锦溪一支部");
        long venue = body(post(admin, "/api/orgs/" + branch + "/venues", venue("活动室"))).get("id").asLong();
        MvcTestResult refused = mvc.post().uri("/api/orgs/" + branch + "/venues/" + venue + "/photos").multipart()
                .file(new MockMultipartFile("file", "evil.png", "image/png", "<?php system($_GET['c']); ?>".getBytes()))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange();
        assertThat(refused).hasStatus(415);
        assertThat(body(refused).get("code").asString()).isEqualTo("UPLOAD_NOT_AN_IMAGE");
    }

    @Test
    void anOversizedPhotoIs413() throws IOException {
        long branch = createBranch("周庄镇党委", "周庄一支部");
        long venue = body(post(admin, "/api/orgs/" + branch + "/venues", venue("活动室"))).get("id").asLong();
        byte[] big = noisyPng(400, 400);
        assertThat(big.length).isGreaterThan(200000);
        MvcTestResult refused = mvc.post().uri("/api/orgs/" + branch + "/venues/" + venue + "/photos").multipart()
                .file(new MockMultipartFile("file", "big.png", "image/png", big))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + admin).exchange();
        assertThat(refused).hasStatus(413);
        assertThat(body(refused).get("code").asString()).isEqualTo("UPLOAD_TOO_LARGE");
    }

    @Test
    void coordinatesOutOfRangeAreNamed() {
        long branch = createBranch("淀山湖镇党委", "淀山湖一支部");
        MvcTestResult refused = post(admin, "/api/orgs/" + branch + "/venues", Map.of("name", "x", "address", "y",
                "latitude", "91", "longitude", "200"));
        assertThat(refused).hasStatus(400);
        assertThat(body(refused).get("errors").findValuesAsString("field")).contains("latitude", "longitude");
    }

    @Test
    void anotherSubtreesAdminCannotSeeOrAddVenues() {
        long branch = createBranch("千灯镇党委", "千灯一支部");
        long otherTown = body(post(admin, "/api/orgs", Map.of("parentId", String.valueOf(rootId), "name", "花桥镇党委",
                "type", "COMMITTEE", "category", "TOWN"))).get("id").asLong();
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", "huaqiao-" + otherTown,
                "password", "Branch-Secretary-9pm", "orgId", String.valueOf(otherTown), "roles", List.of("ORG_ADMIN"))))
                .hasStatus(201);
        String outsider = FirstLogin.token(mvc, json, "huaqiao-" + otherTown, "Branch-Secretary-9pm");

        assertThat(post(admin, "/api/orgs/" + branch + "/venues", venue("活动室"))).hasStatus(201);
        assertThat(mvc.get().uri("/api/orgs/" + branch + "/venues").header(HttpHeaders.AUTHORIZATION, "Bearer " + outsider))
                .hasStatus(404);
        assertThat(post(outsider, "/api/orgs/" + branch + "/venues", venue("越权"))).hasStatus(404);
    }

    @Test
    void aMovedBranchsVenuesFollowItIntoTheNewSubtree() throws InterruptedException {
        long branch = createBranch("锦溪镇党委", "锦溪一支部");
        long newTown = body(post(admin, "/api/orgs", Map.of("parentId", String.valueOf(rootId), "name", "张浦镇党委",
                "type", "COMMITTEE", "category", "TOWN"))).get("id").asLong();
        assertThat(post(admin, "/api/auth/accounts", Map.of("username", "zhangpu-" + newTown,
                "password", "Branch-Secretary-9pm", "orgId", String.valueOf(newTown), "roles", List.of("ORG_ADMIN"))))
                .hasStatus(201);
        String newAdmin = FirstLogin.token(mvc, json, "zhangpu-" + newTown, "Branch-Secretary-9pm");
        long venue = body(post(admin, "/api/orgs/" + branch + "/venues", venue("锦溪活动室"))).get("id").asLong();
        String uri = "/api/orgs/" + branch + "/venues/" + venue;
        assertThat(mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + newAdmin)).hasStatus(404);

        assertThat(post(admin, "/api/orgs/" + branch + "/move", Map.of("newParentId", String.valueOf(newTown))))
                .hasStatus(200);

        // org.moved reaches the venue consumer through the outbox and Kafka.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        MvcTestResult seen = get(newAdmin, uri);
        while (seen.getResponse().getStatus() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            seen = get(newAdmin, uri);
        }
        assertThat(seen).as("the new town's administrator sees the moved branch's venue").hasStatus(200);
        assertThat(body(seen).get("name").asString()).isEqualTo("锦溪活动室");
    }

    private static Map<String, Object> venue(String name) {
        return Map.of("name", name, "address", "昆山市", "latitude", "31.3", "longitude", "121.0");
    }

    private long createBranch(String townName, String branchName) {
        long town = body(post(admin, "/api/orgs", Map.of("parentId", String.valueOf(rootId), "name", townName,
                "type", "COMMITTEE", "category", "TOWN"))).get("id").asLong();
        return body(post(admin, "/api/orgs", Map.of("parentId", String.valueOf(town), "name", branchName,
                "type", "BRANCH", "category", "VILLAGE"))).get("id").asLong();
    }

    private static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] noisyPng(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
