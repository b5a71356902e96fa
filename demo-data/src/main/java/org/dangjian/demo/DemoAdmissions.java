package org.dangjian.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/**
 * The imported cases that reached the superior committee's talk go on through the API as the committees would
 * record them: most are approved (recruitment-service announces the admission and member-service opens them as
 * probationary members), and of those, most are filed with the organisation department, placed in a branch and
 * sworn in with the oath's photo. So the demo shows people in probation beside those still in development.
 */
final class DemoAdmissions {
    private final Gateway gateway;

    DemoAdmissions(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Answers how many were approved and how many of them took the oath. */
    int[] run() {
        List<JsonNode> waiting = casesAt("N16");
        int approved = 0;
        int sworn = 0;
        for (int i = 0; i < waiting.size(); i++) {
            if (i % 4 == 3) {
                continue; // left waiting for the committee's approval
            }
            JsonNode c = waiting.get(i);
            String path = "/api/recruitment/cases/" + c.path("id").asString();
            LocalDate talk = LocalDate.parse(c.path("lastStepDate").asString());
            record(path, "N17", talk.plusDays(1), Map.of("outcome", Map.of("decision", "APPROVED")));
            approved++;
            if (i % 4 == 2) {
                continue; // approved, not filed yet
            }
            record(path, "N18", talk.plusDays(1), Map.of());
            record(path, "N19", talk.plusDays(2), Map.of());
            check(gateway.send("POST", path + "/steps/N20/attachments", "入党宣誓.png", "image/png", oathPhoto(i)), "N20 photo");
            record(path, "N20", talk.plusDays(2), Map.of());
            sworn++;
        }
        return new int[] {approved, sworn};
    }

    private List<JsonNode> casesAt(String lastStep) {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 1; ; page++) {
            Gateway.Reply reply = check(gateway.get("/api/recruitment/cases?size=100&page=" + page), "the open cases");
            reply.body().path("items").forEach(c -> {
                if (lastStep.equals(c.path("lastStep").asString())) {
                    found.add(c);
                }
            });
            if (page * 100L >= reply.body().path("total").asLong()) {
                return found;
            }
        }
    }

    private void record(String path, String code, LocalDate date, Map<String, Object> rest) {
        Map<String, Object> body = new java.util.HashMap<>(rest);
        body.put("date", date.toString());
        check(gateway.post(path + "/steps/" + code, body), code);
    }

    private static Gateway.Reply check(Gateway.Reply reply, String what) {
        if (!reply.ok()) {
            throw new IllegalStateException(what + " refused: HTTP " + reply.status() + " " + reply.body());
        }
        return reply;
    }

    /** A small photo (a real PNG, as a phone's camera would be typed by its bytes), a little different each time. */
    private static byte[] oathPhoto(int seed) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, y < 16 ? 0xC00000 : 0xFFD700 ^ ((x * seed) & 0xFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
