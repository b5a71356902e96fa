package org.dangjian.notify.delivery.wechat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dangjian.notify.delivery.ProviderException;
import org.dangjian.notify.delivery.WechatRequest;
import org.dangjian.notify.delivery.WechatSender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mini-program subscribe messages ({@code POST /cgi-bin/message/subscribe/send}): the kind's WeChat
 * template, its fields filled from the message's values, opening the configured page.
 */
public class WechatSubscribeSender implements WechatSender {
    /** The token was invalid (40001, 40014) or expired (42001): a fresh one may well succeed. */
    private static final Set<Integer> TOKEN_REFUSED = Set.of(40001, 40014, 42001);
    /** The member has not accepted (or has refused) this template: only they can change that, in the app. */
    static final int NOT_SUBSCRIBED = 43101;
    /**
     * Worth another try later: WeChat busy (-1), the daily or per-minute quota (45009, 45011), concurrent
     * sends (43108). The rest (wrong open id, template id, page or data) need a person, not a retry.
     */
    private static final Set<Integer> RETRYABLE = Set.of(-1, 45009, 45011, 43108);

    private final WechatProperties settings;
    private final WechatApi api;
    private final AccessTokens tokens;

    public WechatSubscribeSender(WechatProperties settings, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.api = new WechatApi(settings, json);
        this.tokens = new AccessTokens(api, settings, clock);
    }

    @Override
    public String name() {
        return WechatApi.NAME;
    }

    @Override
    public String send(WechatRequest request) {
        String templateId = request.template().wechatTemplateId();
        if (templateId == null || request.template().wechatFields().isEmpty()) {
            throw new ProviderException("no wechat template for " + request.template().kind(), false);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touser", request.openId());
        body.put("template_id", templateId);
        body.put("page", settings.page());
        body.put("data", SubscribeData.of(request.template().wechatFields(), request.values()));
        body.put("miniprogram_state", settings.miniprogramState());
        body.put("lang", "zh_CN");

        String token = tokens.current();
        JsonNode answer = api.post(path(token), body);
        if (TOKEN_REFUSED.contains(WechatApi.errcode(answer))) {
            // once only: a token refused twice in a row is WeChat's trouble or ours, not staleness
            tokens.refused(token);
            answer = api.post(path(tokens.current()), body);
        }
        return outcome(answer, request);
    }

    private static String path(String token) {
        return "/cgi-bin/message/subscribe/send?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String outcome(JsonNode answer, WechatRequest request) {
        int errcode = WechatApi.errcode(answer);
        if (errcode == 0) {
            String msgId = answer.path("msgid").asString("");
            return msgId.isEmpty() ? "wechat-" + request.messageId() : msgId;
        }
        if (errcode == NOT_SUBSCRIBED) {
            throw new ProviderException(WechatApi.error(answer) + " (the member has not accepted this message in the"
                    + " mini-program, or has refused it)", false);
        }
        throw new ProviderException(WechatApi.error(answer),
                RETRYABLE.contains(errcode) || TOKEN_REFUSED.contains(errcode));
    }
}
