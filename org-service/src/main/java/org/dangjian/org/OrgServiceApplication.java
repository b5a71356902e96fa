package org.dangjian.org;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The organisation tree, accounts and tokens: the source of truth for who may do what. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableFeignClients
public class OrgServiceApplication {
    public static void main(String[] args) {
        SpringApplication.run(OrgServiceApplication.class, args);
    }
}
