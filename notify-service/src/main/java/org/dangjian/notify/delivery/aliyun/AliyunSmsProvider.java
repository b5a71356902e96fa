package org.dangjian.notify.delivery.aliyun;

import java.net.URI;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.dangjian.notify.delivery.ProviderException;
import org.dangjian.notify.delivery.ProviderHttp;
import org.dangjian.notify.delivery.SmsProvider;
import org.dangjian.notify.delivery.SmsRequest;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alibaba Cloud SMS ({@code SendSms}, API 2017-05-25), RPC style: the parameters in the query string,
 * an empty body, signed with V3. Our message id goes out as {@code OutId}; the returned {@code BizId}
 * is what delivery reports name.
 */
public class AliyunSmsProvider implements SmsProvider {
    static final String ACTION = "SendSms";
    static final String VERSION = "2017-05-25";
    /**
     * Codes after which the same message may go through later: outage, throttling (per account or, with
     * BUSINESS_LIMIT_CONTROL, per number), and a reused nonce (each attempt signs with a new one). The
     * rest (invalid number, template or signature, credentials, balance) need a person, not a retry.
     */
    private static final Set<String> RETRYABLE = Set.of("isp.SYSTEM_ERROR", "ServiceUnavailable", "InternalError",
            "SignatureNonceUsed", "isv.BUSINESS_LIMIT_CONTROL");

    private final AliyunSmsProperties settings;
    private final JsonMapper json;
    private final Clock clock;
    private final Supplier<String> nonces;
    private final String base;
    private final String host;
    private final RestClient http;

    /** {@code clock} and {@code nonces} are what the signature varies with; tests may fix them. */
    public AliyunSmsProvider(AliyunSmsProperties settings, JsonMapper json, Clock clock, Supplier<String> nonces) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.nonces = nonces;
        URI endpoint = URI.create(settings.endpoint());
        this.base = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
        this.host = ProviderHttp.host(endpoint);
        this.http = ProviderHttp.client(settings.connectTimeout(), settings.readTimeout());
    }

    @Override
    public String name() {
        return "aliyun";
    }

    @Override
    public String send(SmsRequest request) {
        String templateCode = request.template().aliyunCode();
        if (templateCode == null || templateCode.isBlank()) {
            throw new ProviderException("no aliyun template code for " + request.template().kind(), false);
        }
        Map<String, String> query = new TreeMap<>();
        query.put("PhoneNumbers", request.phone());
        query.put("SignName", settings.signName());
        query.put("TemplateCode", templateCode);
        // a JSON object of strings: a number would be refused with isv.INVALID_JSON_PARAM
        query.put("TemplateParam", json.writeValueAsString(request.values()));
        query.put("OutId", Long.toString(request.messageId()));

        SortedMap<String, String> signed = new TreeMap<>();
        signed.put("host", host);
        signed.put("x-acs-action", ACTION);
        signed.put("x-acs-version", VERSION);
        signed.put("x-acs-date", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        // a fresh nonce per HTTP attempt, retries included, or Alibaba answers SignatureNonceUsed
        signed.put("x-acs-signature-nonce", nonces.get());
        signed.put("x-acs-content-sha256", AliyunSignature.EMPTY_BODY_SHA256);
        String authorization = AliyunSignature.authorization("POST", "/", query, signed, settings.accessKeyId(),
                settings.accessKeySecret());

        // no body and so no Content-Type: a signed Content-Type would have to survive the client unchanged
        URI uri = URI.create(base + "/?" + AliyunSignature.canonicalQuery(query));
        return ProviderHttp.exchange(name(), http.post().uri(uri)
                .headers(h -> {
                    signed.forEach((name, value) -> {
                        if (!name.equals("host")) {
                            h.set(name, value);
                        }
                    });
                    h.set("Authorization", authorization);
                }), this::outcome);
    }

    private String outcome(int status, String body) {
        JsonNode answer = ProviderHttp.json(json, body);
        String code = answer.path("Code").asString("");
        if (status == 200 && code.equals("OK") && !answer.path("BizId").asString("").isEmpty()) {
            return answer.path("BizId").asString();
        }
        String detail = code.isEmpty() ? "HTTP " + status : code + ": " + answer.path("Message").asString("");
        // one code for the number's minute, hour and day limits; only the message says which ("天级流控")
        if (code.equals("isv.BUSINESS_LIMIT_CONTROL") && answer.path("Message").asString("").contains("天级")) {
            throw ProviderException.numberFullToday("aliyun " + detail);
        }
        boolean retryable = ProviderHttp.retryableStatus(status) || RETRYABLE.contains(code)
                || code.startsWith("Throttling");
        throw new ProviderException("aliyun " + detail, retryable);
    }
}
