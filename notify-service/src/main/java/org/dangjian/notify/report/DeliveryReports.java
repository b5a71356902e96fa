package org.dangjian.notify.report;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.Unscoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Applies delivery reports to the messages they name by (provider, provider message id). Only a SENT
 * message moves, to DELIVERED or FAILED: a report pushed twice, or about a message an administrator
 * already resent, changes nothing. A report about a message not yet recorded as sent is kept for the
 * delivery worker ({@code early_report}).
 */
@Service
@EnableConfigurationProperties(ReportProperties.class)
class DeliveryReports {
    private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    DeliveryReports(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
    }

    @Unscoped("a provider's delivery report names its message by the provider's id, whichever organisation"
            + " the message belongs to; the public report route checks the report token, no person is calling")
    void apply(String provider, List<DeliveryReport> reports) {
        Instant now = clock.instant();
        String delivered = ScopedSql.of("UPDATE message SET status = 'DELIVERED', delivered_at = ? WHERE provider = ?"
                + " AND provider_message_id = ? AND status = 'SENT'");
        String failed = ScopedSql.of("UPDATE message SET status = 'FAILED', last_error = ? WHERE provider = ?"
                + " AND provider_message_id = ? AND status = 'SENT'");
        List<Object[]> early = new ArrayList<>();
        for (DeliveryReport report : reports) {
            Timestamp deliveredAt = Timestamp.from(report.at() != null ? report.at() : now);
            String failure = report.delivered() ? null : truncate(provider + " report: not delivered ("
                    + report.error().strip() + ")");
            int updated = report.delivered()
                    ? jdbc.sql(delivered).params(deliveredAt, provider, report.providerMessageId()).update()
                    : jdbc.sql(failed).params(failure, provider, report.providerMessageId()).update();
            if (updated == 0) {
                early.add(new Object[] {provider, report.providerMessageId(), report.delivered(), failure,
                        deliveredAt, Timestamp.from(now)});
            }
        }
        if (!early.isEmpty()) {
            keepForLater(early, now);
            log.info("{} of {} {} delivery reports matched no sent message yet", early.size(), reports.size(),
                    provider);
        }
    }

    /**
     * The report may have overtaken the worker recording the message as sent; the worker applies it then.
     * Duplicates and reports about another system's messages never match and are dropped after a day.
     */
    private void keepForLater(List<Object[]> early, Instant now) {
        jdbcTemplate.batchUpdate("INSERT INTO early_report (provider, provider_message_id, delivered, error,"
                + " delivered_at, received_at) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " delivered = VALUES(delivered), error = VALUES(error), delivered_at = VALUES(delivered_at)", early);
        jdbc.sql("DELETE FROM early_report WHERE received_at < ? LIMIT 1000")
                .param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
    }

    private static String truncate(String error) {
        return error.length() <= 500 ? error : error.substring(0, 500);
    }
}
