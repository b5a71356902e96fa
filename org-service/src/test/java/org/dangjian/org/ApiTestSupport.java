package org.dangjian.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP calls org-service's API tests make, as a client would: JSON in, JSON out, bearer tokens. */
public abstract class ApiTestSupport {
    @Autowired
    protected MockMvcTester mvc;
    @Autowired
    protected JsonMapper json;

    /** Signs in and returns the token response (asserting 200). */
    protected JsonNode login(String username, String password) {
        MvcTestResult result = post("/api/auth/login", null, Map.of("username", username, "password", password));
        assertThat(result).hasStatus(200);
        return body(result);
    }

    /** A GET that must succeed; its JSON body. */
    protected JsonNode get(String uri, String token) {
        MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
        assertThat(result).hasStatus(200);
        return body(result);
    }

    protected MvcTestResult post(String uri, String token, Object payload) {
        var request = mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(payload));
        if (token != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange();
    }

    protected JsonNode body(MvcTestResult result) {
        try {
            return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
