package org.dangjian.kit.privacy.retention;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dj.retention.periods.<KIND>}: how long each kind of personal data is kept, where the national default of
 * the rule does not suit (e.g. {@code DJ_RETENTION_PERIODS_MESSAGE_LOG=P2Y}); {@code dj.retention.cron}: when the
 * nightly job runs, in the users' time zone.
 */
@ConfigurationProperties("dj.retention")
public class RetentionProperties {
    private Map<String, Period> periods = new LinkedHashMap<>();
    private String cron = "0 20 3 * * *";

    public Map<String, Period> getPeriods() {
        return periods;
    }

    public void setPeriods(Map<String, Period> periods) {
        this.periods = periods;
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }
}
