package org.dangjian.org.auth.wechat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's code-to-session call: {@code GET /sns/jscode2session} turns the mini-program's one-time
 * {@code code} into the user's open id, or answers an {@code errcode}. WeChat answers JSON as
 * {@code text/plain}, so the body is read by hand rather than through message converters.
 */
@Component
public class WechatClient {
    public static final String WECHAT_CODE_INVALID = "WECHAT_CODE_INVALID";
    public static final String WECHAT_UNAVAILABLE = "WECHAT_UNAVAILABLE";

    private final WechatProperties props;
    private final JsonMapper json;
    private final HttpClient http;

    public WechatClient(WechatProperties props, JsonMapper json) {
        this.props = props;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(props.timeout()).build();
    }

    /** The open id for {@code code}; 401 {@code WECHAT_CODE_INVALID} or 503 {@code WECHAT_UNAVAILABLE}. */
    public String openId(String code) {
        URI uri = URI.create(props.baseUrl().replaceAll("/+$", "") + "/sns/jscode2session"
                + "?appid=" + enc(props.appId()) + "&secret=" + enc(props.secret())
                + "&js_code=" + enc(code) + "&grant_type=authorization_code");
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(props.timeout()).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, WECHAT_UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, WECHAT_UNAVAILABLE);
        }
        if (response.statusCode() != 200) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, WECHAT_UNAVAILABLE);
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, WECHAT_UNAVAILABLE);
        }
        JsonNode openId = body.get("openid");
        if (openId != null && openId.isString() && !openId.asString().isBlank()) {
            return openId.asString();
        }
        // errcode 40029 (invalid code), 40163 (code used), 45011 (rate limited): the code is no good.
        throw new ApiException(HttpStatus.UNAUTHORIZED, WECHAT_CODE_INVALID);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
