package org.dangjian.notify.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.kit.web.time.WireFormatZone;
import tools.jackson.databind.JsonNode;

/**
 * How each provider pushes delivery reports (a JSON array, several reports per push) and the answer
 * it waits for; any other answer makes it push the same reports again later.
 */
@WireFormatZone("Alibaba's and Tencent's SMS delivery reports: times stamped in Beijing time, Asia/Shanghai")
enum ReportFormat {
    /** Alibaba's SmsReport in HTTP batch push mode; {@code biz_id} is SendSms's BizId. */
    ALIYUN("{\"code\":0,\"msg\":\"接收成功\"}") {
        @Override
        DeliveryReport read(JsonNode r) {
            return new DeliveryReport(r.path("biz_id").asString(""), r.path("success").asBoolean(false),
                    r.path("err_code").asString("") + " " + r.path("err_msg").asString(""),
                    beijingTime(r.path("report_time").asString("")));
        }
    },
    /** Tencent's 短信下发状态通知; {@code sid} is SendSms's SerialNo. */
    TENCENT("{\"result\":0,\"errmsg\":\"OK\"}") {
        @Override
        DeliveryReport read(JsonNode r) {
            return new DeliveryReport(r.path("sid").asString(""), "SUCCESS".equals(r.path("report_status").asString("")),
                    r.path("errmsg").asString("") + " " + r.path("description").asString(""),
                    beijingTime(r.path("user_receive_time").asString("")));
        }
    };

    /**
     * The providers' wire format, not our zone: both stamp reports in Beijing time without saying so,
     * whatever {@code dj.time-zone} is, so this literal stays (the one allowed besides that setting).
     */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String reply;

    ReportFormat(String reply) {
        this.reply = reply;
    }

    /** The provider named in the route ({@code aliyun}, {@code tencent}), as messages record it. */
    static Optional<ReportFormat> of(String provider) {
        for (ReportFormat format : values()) {
            if (format.provider().equals(provider)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    String provider() {
        return name().toLowerCase(Locale.ROOT);
    }

    String reply() {
        return reply;
    }

    /** The reports of one push; entries without the provider's message id are skipped. */
    List<DeliveryReport> parse(JsonNode push) {
        List<DeliveryReport> reports = new ArrayList<>();
        for (JsonNode entry : push) {
            DeliveryReport report = read(entry);
            if (!report.providerMessageId().isBlank()) {
                reports.add(report);
            }
        }
        return reports;
    }

    abstract DeliveryReport read(JsonNode entry);

    /** Both providers write local time without a zone; they are Chinese services, so Beijing time. */
    private static Instant beijingTime(String text) {
        try {
            return LocalDateTime.parse(text, TIME).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
