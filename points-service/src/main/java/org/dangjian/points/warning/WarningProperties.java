package org.dangjian.points.warning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the daily watch speaks up about dues ({@code dj.points.warnings.*}); about organisational life, the rule
 * set {@code organisational-life} says ({@code warnAfterMonthsWithout}, {@code flagAfterMonthsWithout}).
 *
 * @param duesWarnMonths consecutive months of unpaid dues before a warning
 * @param duesFlagMonths ... and before it is flagged: the rules' six months, which only people may act on
 */
@ConfigurationProperties("dj.points.warnings")
public record WarningProperties(@DefaultValue("3") int duesWarnMonths,
                                @DefaultValue("6") int duesFlagMonths) {
}
