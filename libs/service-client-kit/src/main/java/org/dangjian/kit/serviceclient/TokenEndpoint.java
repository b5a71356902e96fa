package org.dangjian.kit.serviceclient;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.cloud.client.loadbalancer.LoadBalancerInterceptor;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Asks org-service for a service token with this service's name and secret. An {@code lb://} URI goes
 * through discovery, like every call between services; the short timeouts keep a slow org-service from
 * holding the caller past its own time limit.
 */
class TokenEndpoint implements ServiceTokens.Source {
    private record Answer(String accessToken, String tokenType, long expiresIn) {
    }

    private final RestClient http;
    private final String uri;
    private final String name;
    private final String secret;

    TokenEndpoint(ServiceClientProperties props, String name, ObjectProvider<LoadBalancerClient> loadBalancer) {
        this.name = name;
        this.secret = props.getSecret();
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(1));
        timeouts.setReadTimeout(props.getTimeout());
        RestClient.Builder builder = RestClient.builder().requestFactory(timeouts);
        String configured = props.getTokenUri();
        if (configured.startsWith("lb://")) {
            LoadBalancerClient lb = loadBalancer.getIfAvailable();
            if (lb == null) {
                throw new IllegalStateException("dj.service-client.token-uri is " + configured
                        + " but no load balancer is configured (is discovery on the classpath?)");
            }
            builder.requestInterceptor(new LoadBalancerInterceptor(lb));
            configured = "http://" + configured.substring("lb://".length());
        }
        this.uri = configured;
        this.http = builder.build();
    }

    @Override
    public ServiceTokens.Fetched fetch() {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("no dj.service-client.secret: " + name + " cannot call other services");
        }
        Answer answer = http.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("service", name, "secret", secret))
                .retrieve().body(Answer.class);
        if (answer == null || answer.accessToken() == null) {
            throw new IllegalStateException("org-service answered no service token");
        }
        return new ServiceTokens.Fetched(answer.accessToken(), answer.expiresIn());
    }
}
