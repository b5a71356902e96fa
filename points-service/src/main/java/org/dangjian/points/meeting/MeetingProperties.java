package org.dangjian.points.meeting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Check-in at a meeting.
 *
 * @param checkInOpensBefore how long before the start members may check in
 * @param checkInClosesAfter how long after the start they still may (a meeting plus a Party lecture runs long)
 * @param codeLifetime       how long one QR code is accepted: the screen shows a fresh one, so a photo of it
 *                           sent to someone at home soon stops working
 */
@ConfigurationProperties("dj.points.meetings")
public record MeetingProperties(@DefaultValue("PT30M") Duration checkInOpensBefore,
                                @DefaultValue("PT3H") Duration checkInClosesAfter,
                                @DefaultValue("PT5M") Duration codeLifetime) {
}
