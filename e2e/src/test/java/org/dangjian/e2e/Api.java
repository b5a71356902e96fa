package org.dangjian.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the gateway, as the portal or the mini-program would be. */
final class Api {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    Api(String base) {
        this.base = base;
    }

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String code() {
            return body != null && body.has("code") ? body.get("code").asString() : null;
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** A signed-in user: access and refresh token, refreshed when the access token expires. */
    final class Session {
        private String access;
        private String refresh;

        private Session(JsonNode tokens) {
            this.access = tokens.get("accessToken").asString();
            this.refresh = tokens.get("refreshToken").asString();
        }

        String accessToken() {
            return access;
        }

        Reply get(String path) {
            return withRefresh("GET", path, null);
        }

        Reply post(String path, Object body) {
            return withRefresh("POST", path, body);
        }

        private Reply withRefresh(String method, String path, Object body) {
            Reply reply = send(method, path, body, access, Map.of());
            if (reply.status() == 401 && "TOKEN_EXPIRED".equals(reply.code())) {
                Reply renewed = send("POST", "/api/auth/refresh", Map.of("refreshToken", refresh), null, Map.of());
                if (renewed.status() == 200) {
                    access = renewed.body().get("accessToken").asString();
                    refresh = renewed.body().get("refreshToken").asString();
                    reply = send(method, path, body, access, Map.of());
                }
            }
            return reply;
        }
    }

    Session login(String username, String password) {
        Reply reply = send("POST", "/api/auth/login", Map.of("username", username, "password", password), null, Map.of());
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " answered " + reply.status() + ": " + reply.raw().body());
        }
        return new Session(reply.body());
    }

    Reply send(String method, String path, Object body, String token, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(
                                body instanceof String s ? s : JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                json = JSON.readTree(text);
            }
            return new Reply(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
