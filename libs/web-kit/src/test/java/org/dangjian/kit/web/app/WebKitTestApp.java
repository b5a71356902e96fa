package org.dangjian.kit.web.app;

import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.kit.web.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A tiny service using web-kit as a real service would. Spring Security is on the classpath (web-kit
 * has it as an optional dependency), so the app says what it wants: everything open, HTTP Basic only
 * to give some requests a caller (the idempotency key is per caller).
 */
@SpringBootApplication
public class WebKitTestApp {

    @Bean
    SecurityFilterChain openChain(HttpSecurity http, ProblemWriter problems) throws Exception {
        return http.csrf(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) ->
                        problems.write(request, response, HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN)))
                .build();
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password("{noop}secret").roles("USER").build(),
                User.withUsername("bob").password("{noop}secret").roles("USER").build());
    }
}
