package org.dangjian.org.auth.service;

import org.dangjian.kit.catalog.ServiceCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The services' descriptions packed into the service-catalog kit at build time: who may trade a secret for a
 * service token. A test adds a fake description as a resource under {@code META-INF/dj/services/}.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfig {

    @Bean
    ServiceCatalog serviceCatalog() {
        return ServiceCatalog.packaged();
    }
}
