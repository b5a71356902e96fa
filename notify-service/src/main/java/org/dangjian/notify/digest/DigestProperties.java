package org.dangjian.notify.digest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the administrators' daily digest goes ({@code dj.notify.digest.*}).
 *
 * @param cron when, in {@code dj.time-zone}: 08:30 business time by default, after the quiet hours; "-" turns it off.
 *             A time inside the quiet hours is allowed: the digest then waits for their end like any non-urgent message
 */
@ConfigurationProperties("dj.notify.digest")
public record DigestProperties(@DefaultValue("0 30 8 * * *") String cron) {
}
