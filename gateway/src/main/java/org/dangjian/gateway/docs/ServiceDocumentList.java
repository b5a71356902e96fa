package org.dangjian.gateway.docs;

import java.util.LinkedHashSet;
import java.util.Set;
import org.dangjian.kit.catalog.ServiceCatalog;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.stereotype.Component;

/**
 * The Swagger UI lists one API document per described service, {@code /v3/api-docs/<service>} (routed to the
 * service by {@code RoutesConfig}), instead of a hand-kept {@code springdoc.swagger-ui.urls}. Springdoc reads
 * its properties afresh for every {@code swagger-config} request, so setting them once at start-up is enough;
 * the primary document stays a setting ({@code springdoc.swagger-ui.urls-primary-name}).
 */
@Component
class ServiceDocumentList {
    ServiceDocumentList(SwaggerUiConfigProperties swaggerUi, ServiceCatalog catalog) {
        Set<SwaggerUrl> urls = new LinkedHashSet<>();
        catalog.names().forEach(service -> urls.add(new SwaggerUrl(service, ServiceDocuments.PATH + service, service)));
        swaggerUi.setUrls(urls);
    }
}
