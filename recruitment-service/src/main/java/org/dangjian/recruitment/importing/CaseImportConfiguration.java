package org.dangjian.recruitment.importing;

import org.dangjian.kit.excel.ImportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds excel-kit's {@code ImportLimits} to {@code dj.recruitment.import.*}: a city's open cases fit in one file. */
@Configuration(proxyBeanMethods = false)
class CaseImportConfiguration {
    @Bean
    @ConfigurationProperties("dj.recruitment.import")
    ImportLimits caseImportLimits() {
        return new ImportLimits(10L * 1024 * 1024, 20_000);
    }
}
