package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A branch secretary records the branch's activity room with a photo, through the gateway; a member nearby finds it. */
class VenueE2eTest {

    @Test
    void aVenueWithAPhotoIsStoredAndServedBack() throws IOException {
        Api api = new Api(Platform.get().gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        long root = city.get("/api/auth/me").body().get("orgId").asLong();
        long town = city.post("/api/orgs", Map.of("parentId", String.valueOf(root), "name", "巴城镇党委",
                "type", "COMMITTEE", "category", "TOWN")).body().get("id").asLong();
        long branch = city.post("/api/orgs", Map.of("parentId", String.valueOf(town), "name", "巴城一支部",
                "type", "BRANCH", "category", "VILLAGE")).body().get("id").asLong();

        Api.Reply venue = city.post("/api/orgs/" + branch + "/venues", Map.of("name", "党员活动室",
                "address", "昆山市巴城镇湖滨路 8 号", "latitude", new BigDecimal("31.456789"), "longitude", new BigDecimal("120.876543")));
        assertThat(venue.status()).as(venue.raw().body()).isEqualTo(201);

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", png);
        Api.Reply photo = city.upload("/api/orgs/" + branch + "/venues/" + venue.body().get("id").asString() + "/photos",
                "活动室.png", "image/png", png.toByteArray());
        assertThat(photo.status()).as(photo.raw().body()).isEqualTo(201);

        HttpResponse<byte[]> served = city.download(photo.body().get("url").asString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(png.toByteArray());

        Api.Reply notImage = city.upload("/api/orgs/" + branch + "/venues/" + venue.body().get("id").asString() + "/photos",
                "x.jpg", "image/jpeg", "not an image".getBytes());
        assertThat(notImage.status()).isEqualTo(415);
        assertThat(notImage.code()).isEqualTo("UPLOAD_NOT_AN_IMAGE");

        // a member nearby finds it on their phone, learning-service having heard of it from org-service
        String venueId = venue.body().get("id").asString();
        Api.Reply[] near = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            near[0] = city.get("/api/learning/nearby/venues?latitude=31.457689&longitude=120.876543&radius=1000");
            return near[0].status() == 200 && near[0].body().findValuesAsString("venueId").contains(venueId);
        });
        JsonNode found = near[0].body().valueStream().filter(v -> v.get("venueId").asString().equals(venueId))
                .findFirst().orElseThrow();
        assertThat(found.get("distanceMetres").asInt()).as("0.0009° of latitude north").isBetween(95, 105);
        assertThat(found.get("orgName").asString()).isEqualTo("巴城一支部");
    }
}
