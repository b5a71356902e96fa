package org.dangjian.org.retention;

import java.time.Period;
import org.dangjian.kit.privacy.retention.OldRowsErased;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The personal data org-service keeps only for a period (privacy-kit erases it each night). */
@Configuration
class PersonalDataPeriods {

    /** Sign-ins, account changes and service-token issues (audit_log, with addresses): 3 years by default, never under 6 months (an audit). */
    @Bean
    RetentionRule auditLogRetention(JdbcClient jdbc) {
        return new OldRowsErased(jdbc, "AUDIT_LOG", "登录与账号操作审计记录", Period.ofYears(3), Period.ofMonths(6), "audit_log", "at");
    }
}
