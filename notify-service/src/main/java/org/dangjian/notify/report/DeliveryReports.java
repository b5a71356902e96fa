package org.dangjian.notify.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Applies delivery reports to the messages they name by (provider, provider message id). Only a SENT
 * message moves, to DELIVERED or FAILED: a report pushed twice, or about a message an administrator
 * already resent, changes nothing.
 */
@Service
@EnableConfigurationProperties(ReportSettings.class)
class DeliveryReports {
    private static final Logger log = LoggerFactory.getLogger(DeliveryReports.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliveryReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void apply(String provider, List<DeliveryReport> reports) {
        int unknown = 0;
        for (DeliveryReport report : reports) {
            int updated = report.delivered()
                    ? jdbc.sql("UPDATE message SET status = 'DELIVERED', delivered_at = ? WHERE provider = ?"
                            + " AND provider_message_id = ? AND status = 'SENT'")
                    .params(Timestamp.from(report.at() != null ? report.at() : clock.instant()), provider,
                            report.providerMessageId()).update()
                    : jdbc.sql("UPDATE message SET status = 'FAILED', last_error = ? WHERE provider = ?"
                            + " AND provider_message_id = ? AND status = 'SENT'")
                    .params(truncate(provider + " report: not delivered (" + report.error().strip() + ")"), provider,
                            report.providerMessageId()).update();
            unknown += updated == 0 ? 1 : 0;
        }
        if (unknown > 0) {
            // duplicates, or messages of another system sharing the provider account
            log.info("{} of {} {} delivery reports matched no sent message", unknown, reports.size(), provider);
        }
    }

    private static String truncate(String error) {
        return error.length() <= 500 ? error : error.substring(0, 500);
    }
}
