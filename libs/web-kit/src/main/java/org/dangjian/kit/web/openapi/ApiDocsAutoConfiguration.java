package org.dangjian.kit.web.openapi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * The API document of a service tells the truth about the web kit's conventions (ids as strings, problem
 * details, the headers honoured, stable operation ids, named enums). Settings that go with it
 * ({@code /internal/**} left out, JSON as the default media type, OpenAPI 3.0) are in
 * {@code dj-service-defaults.properties}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.GlobalOpenApiCustomizer")
public class ApiDocsAutoConfiguration {
    @Bean
    IdSchemas idSchemas() {
        return new IdSchemas();
    }

    @Bean
    LocalDateTimeSchemas localDateTimeSchemas() {
        return new LocalDateTimeSchemas();
    }

    @Bean
    EnumSchemas enumSchemas() {
        return new EnumSchemas();
    }

    @Bean
    ApiDocConventions apiDocConventions(@Value("${spring.application.name:service}") String service) {
        return new ApiDocConventions(service);
    }

    @Bean
    StableOperationIds stableOperationIds() {
        return new StableOperationIds();
    }
}
