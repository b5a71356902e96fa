package org.dangjian.transfer.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Local rules of transfers ({@code dj.transfer.*}); the defaults are the common national practice. */
@Getter
@Setter
@ConfigurationProperties("dj.transfer")
public class TransferSettings {
    /** Working days an approver has for each step. */
    private int stepWorkingDays = 5;
    /** Months a letter of introduction is valid for. */
    private int letterValidMonths = 3;
    /** Months a letter is valid for when the transfer crosses provinces. */
    private int letterValidMonthsAcrossProvinces = 6;
    /** Printed before the year and the transfer's number in the letter number, e.g. {@code KS2026-000123}. */
    private String letterNumberPrefix = "KS";
    /** Where a letter's QR code leads: the public verification page, {@code {base}/api/transfers/letters/...}. */
    private String verifyBaseUrl = "http://localhost:8080";
    private Chain chain = new Chain();
    private Calendar calendar = new Calendar();

    @Getter
    @Setter
    public static class Chain {
        /** Organisation types that approve transfers (org-service's OrgType names). */
        private List<String> approverTypes = new ArrayList<>(List.of("COMMITTEE", "WORKING_COMMITTEE"));
        /** Whether the common ancestor approves even when levels below it already do. */
        private boolean commonAncestorAlways = false;
    }

    @Getter
    @Setter
    public static class Calendar {
        /** Public holidays that fall on weekdays. */
        private List<LocalDate> holidays = new ArrayList<>();
        /** Weekend days made working days (调休). */
        private List<LocalDate> workingWeekendDays = new ArrayList<>();
    }
}
