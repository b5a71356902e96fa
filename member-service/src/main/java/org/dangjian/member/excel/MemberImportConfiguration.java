package org.dangjian.member.excel;

import org.dangjian.kit.excel.ImportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds excel-kit's {@code ImportLimits} to {@code dj.member.import.*}: a whole city's 65,000 members fit in one file. */
@Configuration(proxyBeanMethods = false)
class MemberImportConfiguration {
    @Bean
    @ConfigurationProperties("dj.member.import")
    ImportLimits importLimits() {
        return new ImportLimits(20L * 1024 * 1024, 100_000);
    }
}
