package org.dangjian.gateway.routing;

import org.dangjian.kit.catalog.ServiceCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services the gateway knows: the descriptions packed into the service-catalog kit at build time
 * ({@code <name>-service/service.yaml}), so a new service needs no line here. A test adds a fake one as a
 * resource under {@code META-INF/dj/services/}.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfig {

    @Bean
    ServiceCatalog serviceCatalog() {
        return ServiceCatalog.packaged();
    }
}
