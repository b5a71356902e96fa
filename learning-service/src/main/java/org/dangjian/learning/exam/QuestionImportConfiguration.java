package org.dangjian.learning.exam;

import org.dangjian.kit.excel.ImportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds excel-kit's {@code ImportLimits} to {@code dj.learning.import.*}: a city's bank of a few thousand questions in one file. */
@Configuration(proxyBeanMethods = false)
class QuestionImportConfiguration {
    @Bean
    @ConfigurationProperties("dj.learning.import")
    ImportLimits questionImportLimits() {
        return new ImportLimits(10L * 1024 * 1024, 10_000);
    }
}
