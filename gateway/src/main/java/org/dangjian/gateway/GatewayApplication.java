package org.dangjian.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one door for the portal and the mini-program: routes {@code /api/{area}/**} to the services,
 * validates every token, strips client-sent identity headers, rate-limits per account and answers
 * every error of its own as problem details.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
