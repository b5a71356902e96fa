package org.dangjian.notify.retention;

import java.time.Period;
import org.dangjian.kit.privacy.retention.OldRowsErased;
import org.dangjian.kit.privacy.retention.RetentionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The personal data notify-service keeps only for a period (privacy-kit erases it each night). */
@Configuration
class PersonalDataPeriods {

    /** Messages sent (or not) to people, with their encrypted phones and texts: a year by default. */
    @Bean
    RetentionRule messageLogRetention(JdbcClient jdbc) {
        return new OldRowsErased(jdbc, "MESSAGE_LOG", "短信与微信消息记录", Period.ofYears(1), Period.ZERO, "message", "created_at");
    }
}
