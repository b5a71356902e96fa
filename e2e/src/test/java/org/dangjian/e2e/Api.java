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
        private volatile String access;
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

        /** Any method, with a JSON body or none (null). */
        Reply call(String method, String path, Object body) {
            return withRefresh(method, path, body);
        }

        /** A multipart/form-data upload of one file in field {@code file}. */
        Reply upload(String path, String filename, String contentType, byte[] bytes) {
            return upload("POST", path, filename, contentType, bytes);
        }

        /** A file as multipart field {@code file}, with this method (PUT replaces a resource's file). */
        Reply upload(String method, String path, String filename, String contentType, byte[] bytes) {
            String boundary = "dj" + java.util.UUID.randomUUID().toString().replace("-", "");
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(bytes);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String used = access;
            Reply reply = sendBytes(method, path, body.toByteArray(), "multipart/form-data; boundary=" + boundary, used);
            if (reply.status() == 401 && "TOKEN_EXPIRED".equals(reply.code()) && renew(used)) {
                reply = sendBytes(method, path, body.toByteArray(), "multipart/form-data; boundary=" + boundary, access);
            }
            return reply;
        }

        /** Raw bytes as the body ({@code application/octet-stream}): a part of a file uploaded in parts. */
        Reply putBytes(String path, byte[] bytes) {
            String used = access;
            Reply reply = sendBytes("PUT", path, bytes, "application/octet-stream", used);
            if (reply.status() == 401 && "TOKEN_EXPIRED".equals(reply.code()) && renew(used)) {
                reply = sendBytes("PUT", path, bytes, "application/octet-stream", access);
            }
            return reply;
        }

        /** The raw bytes of a download. */
        HttpResponse<byte[]> download(String path) {
            String used = access;
            HttpResponse<byte[]> response = downloadWith(path, used);
            return response.statusCode() == 401 && renew(used) ? downloadWith(path, access) : response;
        }

        private HttpResponse<byte[]> downloadWith(String path, String token) {
            try {
                HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                String type = response.headers().firstValue("Content-Type").orElse(null);
                byte[] bytes = response.body();
                String shown = type != null && type.contains("json") ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                        : bytes.length > 0 ? "<binary>" : "";
                WireContract.of(base).check("GET", path, null, null, response.statusCode(), type, shown);
                return response;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private Reply withRefresh(String method, String path, Object body) {
            String used = access;
            Reply reply = send(method, path, body, used, Map.of());
            if (reply.status() == 401 && "TOKEN_EXPIRED".equals(reply.code()) && renew(used)) {
                reply = send(method, path, body, access, Map.of());
            }
            return reply;
        }

        /**
         * Renews the tokens after {@code expired} was refused. Refresh tokens rotate (each is good once), so
         * threads sharing a session renew one at a time and only the first spends the refresh token.
         */
        private synchronized boolean renew(String expired) {
            if (!access.equals(expired)) {
                return true;
            }
            Reply renewed = send("POST", "/api/auth/refresh", Map.of("refreshToken", refresh), null, Map.of());
            if (renewed.status() != 200) {
                return false;
            }
            refresh = renewed.body().get("refreshToken").asString();
            access = renewed.body().get("accessToken").asString();
            return true;
        }
    }

    /**
     * Signs in an account an administrator just created: where the platform demands a new password at
     * first login, sets {@code newPassword} and signs in with it.
     */
    Session firstLogin(String username, String initialPassword, String newPassword) {
        Reply reply = send("POST", "/api/auth/login", Map.of("username", username, "password", initialPassword), null, Map.of());
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " answered " + reply.status() + ": " + reply.raw().body());
        }
        if (!reply.body().path("passwordChangeRequired").asBoolean(false)) {
            return new Session(reply.body());
        }
        Reply changed = send("POST", "/api/auth/password", Map.of("oldPassword", initialPassword, "newPassword", newPassword),
                reply.body().get("accessToken").asString(), Map.of());
        if (changed.status() != 200) {
            throw new AssertionError("password change of " + username + " answered " + changed.status() + ": " + changed.raw().body());
        }
        return login(username, newPassword);
    }

    /** The tokens of a sign-in that answered them (after its second factor, say) as a session. */
    Session session(Reply tokens) {
        if (tokens.status() != 200 || !tokens.body().has("accessToken")) {
            throw new AssertionError("no tokens: " + tokens.status() + ": " + tokens.raw().body());
        }
        return new Session(tokens.body());
    }

    Session login(String username, String password) {
        Reply reply = send("POST", "/api/auth/login", Map.of("username", username, "password", password), null, Map.of());
        if (reply.status() != 200) {
            throw new AssertionError("login of " + username + " answered " + reply.status() + ": " + reply.raw().body());
        }
        return new Session(reply.body());
    }

    private Reply sendBytes(String method, String path, byte[] body, String contentType, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("Content-Type", contentType)
                    .header("Authorization", "Bearer " + token)
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            WireContract.of(base).check(method, path, contentType, null, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), text);
            JsonNode json = text != null && text.startsWith("{") ? JSON.readTree(text) : null;
            return new Reply(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
            String sent = body == null ? null : body instanceof String string ? string : JSON.writeValueAsString(body);
            WireContract.of(base).check(method, path, sent == null ? null : "application/json", sent, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), text);
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
