package org.dangjian.notify.delivery.tencent;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.notify.delivery.ProviderException;
import org.dangjian.notify.delivery.ProviderHttp;
import org.dangjian.notify.delivery.SmsProvider;
import org.dangjian.notify.delivery.SmsRequest;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tencent Cloud SMS ({@code SendSms}, API 2021-01-11): a JSON POST signed with TC3. Template parameters
 * are positional ({@code {1}}, {@code {2}}…) in the order the message kind declares its variables. Our
 * message id goes out as {@code SessionContext}; the returned {@code SerialNo} is what reports name.
 */
public class TencentSmsProvider implements SmsProvider {
    static final String ACTION = "SendSms";
    static final String VERSION = "2021-01-11";
    /** Without a charset: the value is signed, and a client may rewrite a charset's spelling on the wire. */
    static final String CONTENT_TYPE = "application/json";
    /**
     * Codes after which the same message may go through later: Tencent's own failures ("可重试解决"),
     * request throttling and the per-number frequency limits. The rest (invalid number, template or
     * signature, credentials, balance) need a person, not a retry.
     */
    private static final Set<String> RETRYABLE_LIMITS = Set.of("LimitExceeded.PhoneNumberThirtySecondLimit",
            "LimitExceeded.PhoneNumberOneHourLimit", "LimitExceeded.DeliveryFrequencyLimit");
    /** The number's limits for the day (Tencent's default is as low as 10 a day): tomorrow morning. */
    private static final Set<String> DAILY_LIMITS = Set.of("LimitExceeded.PhoneNumberDailyLimit",
            "LimitExceeded.PhoneNumberSameContentDailyLimit");

    private final TencentSmsProperties settings;
    private final JsonMapper json;
    private final Clock clock;
    private final URI endpoint;
    private final String host;
    private final RestClient http;

    /** {@code clock} is what the signature varies with; tests may fix it. */
    public TencentSmsProvider(TencentSmsProperties settings, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        URI configured = URI.create(settings.endpoint());
        this.endpoint = URI.create(configured.getScheme() + "://" + configured.getRawAuthority() + "/");
        this.host = ProviderHttp.host(configured);
        this.http = ProviderHttp.client(settings.connectTimeout(), settings.readTimeout());
    }

    @Override
    public String name() {
        return "tencent";
    }

    @Override
    public String send(SmsRequest request) {
        String templateId = request.template().tencentCode();
        if (templateId == null || templateId.isBlank()) {
            throw new ProviderException("no tencent template code for " + request.template().kind(), false);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("PhoneNumberSet", List.of(e164(request.phone())));
        body.put("SmsSdkAppId", settings.sdkAppId());
        body.put("SignName", settings.signName());
        body.put("TemplateId", templateId);
        body.put("TemplateParamSet", new ArrayList<>(request.values().values()));
        body.put("SessionContext", Long.toString(request.messageId()));
        String payload = json.writeValueAsString(body);
        long timestamp = clock.instant().getEpochSecond();
        String authorization = Tc3Signature.authorization(settings.secretId(), settings.secretKey(), "sms", host,
                CONTENT_TYPE, payload, timestamp);
        return ProviderHttp.exchange(name(), http.post().uri(endpoint)
                .header("Content-Type", CONTENT_TYPE)
                .header("X-TC-Action", ACTION)
                .header("X-TC-Version", VERSION)
                .header("X-TC-Timestamp", Long.toString(timestamp))
                .header("X-TC-Region", settings.region())
                .header("Authorization", authorization)
                .body(payload.getBytes(StandardCharsets.UTF_8)), this::outcome);
    }

    /** Our phones are 11-digit mainland numbers; Tencent wants E.164. */
    static String e164(String phone) {
        return phone.startsWith("+") ? phone : "+86" + phone;
    }

    /** A request-level Error comes first (still HTTP 200), then the one number's own status. */
    private String outcome(int status, String body) {
        JsonNode response = ProviderHttp.json(json, body).path("Response");
        JsonNode result = response.path("Error").isObject() ? response.path("Error")
                : response.path("SendStatusSet").path(0);
        String code = result.path("Code").asString("");
        if (status == 200 && code.equals("Ok") && !result.path("SerialNo").asString("").isEmpty()) {
            return result.path("SerialNo").asString();
        }
        String detail = code.isEmpty() ? "HTTP " + status : code + ": " + result.path("Message").asString("");
        if (DAILY_LIMITS.contains(code)) {
            throw ProviderException.numberFullToday("tencent " + detail);
        }
        boolean retryable = ProviderHttp.retryableStatus(status) || code.startsWith("InternalError")
                || code.startsWith("RequestLimitExceeded") || RETRYABLE_LIMITS.contains(code);
        throw new ProviderException("tencent " + detail, retryable);
    }
}
