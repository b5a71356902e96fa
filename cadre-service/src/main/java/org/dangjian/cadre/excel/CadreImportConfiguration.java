package org.dangjian.cadre.excel;

import org.dangjian.kit.excel.ImportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds excel-kit's {@code ImportLimits} to {@code dj.cadre.import.*}: the city's whole roster fits in one file. */
@Configuration(proxyBeanMethods = false)
class CadreImportConfiguration {
    @Bean
    @ConfigurationProperties("dj.cadre.import")
    ImportLimits importLimits() {
        return new ImportLimits(20L * 1024 * 1024, 50_000);
    }
}
