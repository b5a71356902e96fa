package org.dangjian.kit.security;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.web.problem.ProblemBundle;
import org.dangjian.kit.web.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Zero trust inside the platform: every service validates the token again (signature from
 * org-service's JWKS, issuer, expiry, revocation) even though the gateway already did.
 */
@AutoConfiguration(afterName = "org.dangjian.kit.web.WebKitAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityKitProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityKitAutoConfiguration {
    private static final List<String> ALWAYS_PUBLIC = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error");

    /** TOKEN_EXPIRED, PASSWORD_CHANGE_REQUIRED and the reasons of the access rules, in Chinese and English. */
    @Bean
    ProblemBundle securityProblems() {
        return new ProblemBundle("dj-problems/security");
    }

    @Bean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemWriter problems) {
        return new ProblemAuthenticationEntryPoint(problems);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain resourceServerChain(HttpSecurity http, SecurityKitProperties props,
                                            ProblemAuthenticationEntryPoint problems, ProblemWriter problemWriter)
            throws Exception {
        List<String> open = publicPaths(props);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers(open.toArray(String[]::new)).permitAll();
                    if (!props.getPasswordChangePaths().isEmpty()) {
                        a.requestMatchers(props.getPasswordChangePaths().toArray(String[]::new)).authenticated();
                    }
                    // Service-to-service routes: a service's token only, never a person's.
                    a.requestMatchers(ServiceCallers.INTERNAL_PATHS).hasAuthority(ServiceCallers.AUTHORITY);
                    // Authenticated with a person's full token: a password-change token gets 403 everywhere else.
                    a.anyRequest().access(RestrictedTokens.fullTokenRequired());
                })
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(new JwtAuthentication()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new TokenVerificationUnavailable(problemWriter), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** Routes anyone may call: the probes and documents, and the service's own {@code dj.security.public-paths}. */
    static List<String> publicPaths(SecurityKitProperties props) {
        List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
        open.addAll(props.getPublicPaths());
        return open;
    }

    /** Which service may call which internal route ({@link org.dangjian.kit.security.rights.CalledBy}). */
    @Bean
    WebMvcConfigurer djInternalRouteCallers(SecurityKitProperties props) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // Public internal routes (org-service's token route: the secret is the credential) have no caller yet.
                registry.addInterceptor(new InternalRouteCallers()).addPathPatterns(ServiceCallers.INTERNAL_PATHS)
                        .excludePathPatterns(publicPaths(props));
            }
        };
    }

    /** The API document says which operations are public and that the others take a bearer token. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
    static class ApiDocs {
        @Bean
        ApiDocSecurity apiDocSecurity(SecurityKitProperties props) {
            return new ApiDocSecurity(publicPaths(props));
        }
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(SecurityKitProperties props, StringRedisTemplate redis,
                          ObjectProvider<LoadBalancerClient> loadBalancer) {
        return jwtDecoder(props, JwksClient.forUri(props.getJwksUri(), loadBalancer), redis);
    }

    /** RS256 tokens checked against org-service's keys (see {@link SigningKeys}), issuer, times and revocation. */
    public static JwtDecoder jwtDecoder(SecurityKitProperties props, RestTemplate jwksClient, StringRedisTemplate redis) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder
                .withJwkSource(SigningKeys.pinned(SigningKeys.remote(props.getJwksUri(), jwksClient, props.getJwksCacheTtl()),
                        props.getTrustedKeys()))
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(TokenValidators.standard(props.getClockSkew(), redis));
        return decoder;
    }
}
