package org.dangjian.org.excel;

import org.dangjian.kit.excel.ImportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code dj.org.import.*}: a city's tree (4,300 organisations) fits easily in one file. */
@Configuration(proxyBeanMethods = false)
class OrgImportConfiguration {
    @Bean
    @ConfigurationProperties("dj.org.import")
    ImportLimits importLimits() {
        return new ImportLimits(10L * 1024 * 1024, 20_000);
    }
}
