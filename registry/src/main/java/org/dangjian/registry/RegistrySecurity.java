package org.dangjian.registry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * Only the platform registers and discovers: every Eureka route (and the dashboard) needs HTTP basic with the
 * platform's registry credentials, which the services carry in their registry URL
 * ({@code http://dangjian:<password>@registry:8761/eureka/}). Without it, any process that reached the registry
 * could register itself as org-service and answer in its name. Health stays open for the probes.
 */
@Configuration(proxyBeanMethods = false)
class RegistrySecurity {

    @Bean
    SecurityFilterChain registryChain(HttpSecurity http) throws Exception {
        return http
                // Eureka's clients send no CSRF token; nothing here uses a browser session.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    @Bean
    UserDetailsService registryClients(@Value("${dj.registry.username:dangjian}") String username,
                                       @Value("${dj.registry.password:}") String password) {
        if (!StringUtils.hasText(password)) {
            throw new IllegalStateException("the registry needs dj.registry.password (DJ_REGISTRY_PASSWORD): every"
                    + " service registers with it; ./platform generates one, Kubernetes reads it from the Secret"
                    + " dj-registry");
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new InMemoryUserDetailsManager(User.withUsername(username).password(encoder.encode(password))
                .roles("PLATFORM").build());
    }
}
