package org.dangjian.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** What a new administrator does first: sign in with the initial password, then replace it. */
public final class FirstLogin {
    private FirstLogin() {
    }

    /** Returns a full access token of an account created with {@code initialPassword}. */
    public static String token(MockMvcTester mvc, JsonMapper json, String username, String initialPassword) {
        String restricted = call(mvc, json, "/api/auth/login", null,
                Map.of("username", username, "password", initialPassword));
        MvcTestResult changed = mvc.post().uri("/api/auth/password").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + restricted)
                .content(json.writeValueAsString(Map.of("oldPassword", initialPassword,
                        "newPassword", initialPassword + "-changed")))
                .exchange();
        assertThat(changed).hasStatus(200);
        return json.readTree(text(changed)).get("accessToken").asString();
    }

    private static String call(MockMvcTester mvc, JsonMapper json, String uri, String token, Object payload) {
        var request = mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(payload));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(200);
        return json.readTree(text(result)).get("accessToken").asString();
    }

    private static String text(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
