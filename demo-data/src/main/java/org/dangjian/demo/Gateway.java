package org.dangjian.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's public API through the gateway, as the web portal calls it. */
final class Gateway {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String token;
    private String username;
    private String password;

    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    Gateway(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    void login(String username, String password) {
        this.username = username;
        this.password = password;
        token = null;
        Reply reply = send(request("/api/auth/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("username", username, "password", password)))));
        if (!reply.ok()) {
            throw new IllegalStateException("login as " + username + " answered " + reply.status() + ": " + reply.body());
        }
        token = reply.body().get("accessToken").asString();
    }

    Reply get(String path) {
        return signedIn(() -> send(request(path).GET()));
    }

    /** The id of the organisation with this code, or null when org-service has none. */
    String orgIdOf(String code) {
        Reply found = get("/api/orgs?size=20&q=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        for (JsonNode item : found.ok() ? found.body().path("items") : List.<JsonNode>of()) {
            if (code.equals(item.path("code").asString())) {
                return item.path("id").asString();
            }
        }
        return null;
    }

    Reply post(String path, Object body) {
        String json = JSON.writeValueAsString(body);
        return signedIn(() -> send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    Reply put(String path, Object body) {
        String json = JSON.writeValueAsString(body);
        return signedIn(() -> send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))));
    }

    /** Raw bytes as the body ({@code application/octet-stream}): a part of a file uploaded in parts. */
    Reply putBytes(String path, byte[] bytes) {
        return signedIn(() -> send(request(path).timeout(Duration.ofMinutes(3))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))));
    }

    /** Uploads a workbook as multipart field {@code file}; imports may take a while. */
    Reply upload(String path, String filename, byte[] xlsx) {
        return send("POST", path, filename, XLSX, xlsx);
    }

    /** Sends a file as multipart field {@code file} with this method (POST adds, PUT replaces). */
    Reply send(String method, String path, String filename, String contentType, byte[] file) {
        String boundary = "dj" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = body.toByteArray();
        return signedIn(() -> send(request(path).timeout(Duration.ofMinutes(3))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes))));
    }

    /** Access tokens are short-lived: on a 401 sign in again and repeat the call once. */
    private Reply signedIn(java.util.function.Supplier<Reply> call) {
        Reply reply = call.get();
        if (reply.status() == 401 && username != null) {
            login(username, password);
            reply = call.get();
        }
        return reply;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Accept-Language", "zh-CN");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Reply(response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the gateway at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
