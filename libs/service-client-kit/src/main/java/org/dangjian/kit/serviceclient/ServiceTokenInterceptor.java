package org.dangjian.kit.serviceclient;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.springframework.http.HttpHeaders;

/**
 * Puts this service's token on every Feign request: in this platform Feign is only ever used to call
 * another service's {@code /internal} routes, which accept service tokens only.
 */
public class ServiceTokenInterceptor implements RequestInterceptor {
    private final ServiceTokens tokens;

    public ServiceTokenInterceptor(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current());
    }
}
