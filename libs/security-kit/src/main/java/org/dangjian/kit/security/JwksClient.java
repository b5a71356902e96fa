package org.dangjian.kit.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.cloud.client.loadbalancer.LoadBalancerInterceptor;
import org.springframework.web.client.RestTemplate;

/** The HTTP client that fetches signing keys; {@code lb://} URIs go through service discovery. */
final class JwksClient {
    private JwksClient() {
    }

    static String httpUri(String jwksUri) {
        return jwksUri.startsWith("lb://") ? "http://" + jwksUri.substring("lb://".length()) : jwksUri;
    }

    static RestTemplate forUri(String jwksUri, ObjectProvider<LoadBalancerClient> loadBalancer) {
        RestTemplate rest = new RestTemplate();
        if (jwksUri.startsWith("lb://")) {
            LoadBalancerClient lb = loadBalancer.getIfAvailable();
            if (lb == null) {
                throw new IllegalStateException("dj.security.jwks-uri is " + jwksUri
                        + " but no load balancer is configured (is discovery on the classpath?)");
            }
            rest.getInterceptors().add(new LoadBalancerInterceptor(lb));
        }
        return rest;
    }
}
