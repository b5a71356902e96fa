package org.dangjian.points.warning;

import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** When the daily watch speaks up ({@code dj.points.warnings.*}). */
@Getter
@Setter
@ConfigurationProperties("dj.points.warnings")
public class WarningSettings {
    /** Months without organisational life before a warning. */
    private int noOrgLifeMonths = 3;
    /** Consecutive months of unpaid dues before a warning. */
    private int duesWarnMonths = 3;
    /** ... and before it is flagged: the rules' six months, which only people may act on. */
    private int duesFlagMonths = 6;
    /** The watch run on demand may be given a future date (rehearsal platforms only). */
    private boolean allowFutureDates = false;
}
