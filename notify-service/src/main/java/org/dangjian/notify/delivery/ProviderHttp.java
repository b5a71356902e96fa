package org.dangjian.notify.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * What the HTTP providers (the SMS ones, WeChat) share: a client with timeouts, one call's exchange, the
 * host they sign, their start-up check.
 */
public final class ProviderHttp {
    private ProviderHttp() {
    }

    /**
     * A client that gives up on a provider that does not answer: a hung call would hold a worker thread
     * and its claimed messages. HTTP/1.1 only, so no h2c upgrade meets a proxy or stub that refuses it.
     */
    public static RestClient client(Duration connectTimeout, Duration readTimeout) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(factory).build();
    }

    /**
     * The Host header the client will send for this endpoint ({@code host} or {@code host:port}): both
     * providers sign it, and the JDK client derives it from the URI rather than letting us set it.
     */
    public static String host(URI endpoint) {
        return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }

    /** The answer's status and body, as the outcome of one call reads them. */
    @FunctionalInterface
    public interface Answer<T> {
        T read(int status, String body);
    }

    /**
     * Makes the call and hands status and body to {@code outcome}; a provider that cannot be reached
     * (refused, reset, timed out) is worth another try. After a timeout the message may have gone:
     * the id we sent with it lets delivery reports tell.
     */
    public static <T> T exchange(String provider, RestClient.RequestHeadersSpec<?> call, Answer<T> outcome) {
        try {
            return call.exchange((request, response) -> outcome.read(response.getStatusCode().value(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        } catch (ResourceAccessException e) {
            throw new ProviderException(provider + " unreachable: " + e.getMostSpecificCause(), true, e);
        }
    }

    /**
     * Fails start-up when a provider is chosen without its credentials, naming the missing settings,
     * rather than failing every message later with the provider's authentication error.
     *
     * @param choice         the setting that chose the provider, e.g. {@code dj.notify.sms.provider=aliyun}
     * @param otherwise      how to run without it, e.g. {@code choose tencent}
     * @param nameValuePairs each setting's name as application.yml spells it, then its value
     */
    public static void requireSettings(String choice, String otherwise, String... nameValuePairs) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            String value = nameValuePairs[i + 1];
            if (value == null || value.isBlank()) {
                missing.add(nameValuePairs[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(choice + " needs " + String.join(", ", missing)
                    + " (set them, e.g. as environment variables, or " + otherwise + ")");
        }
    }

    /** HTTP statuses after which the same request may well succeed later: outages and throttling. */
    public static boolean retryableStatus(int status) {
        return status >= 500 || status == 429;
    }

    /** The provider's JSON answer; nothing when it is not JSON (a proxy's HTML error page): the status decides. */
    public static JsonNode json(JsonMapper json, String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }
}
