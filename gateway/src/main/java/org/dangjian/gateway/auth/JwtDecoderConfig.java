package org.dangjian.gateway.auth;

import java.time.Clock;
import java.util.Objects;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import org.dangjian.auth.contract.PinnedKeys;
import org.dangjian.auth.contract.TokenClaims;
import org.dangjian.kit.failure.InfrastructureFailures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.util.retry.Retry;

/** RS256 tokens, keys from org-service's JWKS (cached; fetched again when an unknown key id shows up). */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfig {

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties,
                                  ObjectProvider<ReactorLoadBalancerExchangeFilterFunction> loadBalancer,
                                  TokenRevocation revocation) {
        WebClient.Builder client = WebClient.builder()
                // outermost, so the load balancer picks again: an org-service killed without stopping stays listed
                // until its lease runs out, and a refused fetch of the keys would refuse every new token meanwhile
                .filter((request, next) -> next.exchange(request)
                        .retryWhen(Retry.max(1).filter(InfrastructureFailures::isRefusedConnection)))
                .filter((request, next) -> next.exchange(request).timeout(properties.jwksTimeout()));
        if (properties.loadBalancedJwks()) {
            client.filter(loadBalancer.getObject());
        }
        NimbusReactiveJwtDecoder verifier = verifier(properties, client.build());
        verifier.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new TokenExpiryValidator(properties.clockSkew(), Clock.systemUTC()),
                new JwtIssuerValidator(TokenClaims.ISSUER),
                new JwtClaimValidator<Object>(TokenClaims.ACCOUNT_ID, Objects::nonNull)));
        return new GatewayJwtDecoder(verifier, revocation);
    }

    /** Signature checks with the key set's keys, only the pinned ones when {@code dj.security.trusted-keys} names any. */
    static NimbusReactiveJwtDecoder verifier(SecurityProperties properties, WebClient client) {
        NimbusReactiveJwtDecoder.JwkSetUriReactiveJwtDecoderBuilder builder = NimbusReactiveJwtDecoder
                .withJwkSetUri(properties.jwksUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(client);
        if (!properties.trustedKeys().isEmpty()) {
            builder.jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                    JWSAlgorithm.RS256, (selector, context) -> selector.select(
                            new JWKSet(PinnedKeys.trusted(context.getKeys(), properties.trustedKeys()))))));
        }
        return builder.build();
    }
}
