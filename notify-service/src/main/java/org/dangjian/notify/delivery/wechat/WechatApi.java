package org.dangjian.notify.delivery.wechat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.dangjian.notify.delivery.ProviderException;
import org.dangjian.notify.delivery.ProviderHttp;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON POSTs to WeChat's server API. WeChat answers HTTP 200 with {@code errcode}/{@code errmsg} (no
 * errcode, or 0, is success), often as {@code text/plain}: the body is parsed whatever its type.
 */
final class WechatApi {
    static final String NAME = "wechat";
    private final String base;
    private final RestClient http;
    private final JsonMapper json;

    WechatApi(WechatProperties settings, JsonMapper json) {
        this.base = settings.baseUrl().replaceAll("/+$", "");
        this.http = ProviderHttp.client(settings.connectTimeout(), settings.readTimeout());
        this.json = json;
    }

    /** The answer; an HTTP error or a body that is not JSON is a {@link ProviderException}. */
    JsonNode post(String pathAndQuery, Object body) {
        return ProviderHttp.exchange(NAME, http.post().uri(URI.create(base + pathAndQuery))
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)), (status, text) -> {
                    if (status != 200) {
                        throw new ProviderException(NAME + " HTTP " + status, ProviderHttp.retryableStatus(status));
                    }
                    JsonNode answer = ProviderHttp.json(json, text);
                    if (!answer.isObject()) {
                        // a proxy's page in place of WeChat's answer: WeChat itself always answers JSON
                        throw new ProviderException(NAME + " answered something other than JSON", true);
                    }
                    return answer;
                });
    }

    static int errcode(JsonNode answer) {
        return answer.path("errcode").asInt(0);
    }

    static String error(JsonNode answer) {
        return NAME + " " + errcode(answer) + ": " + answer.path("errmsg").asString("");
    }
}
