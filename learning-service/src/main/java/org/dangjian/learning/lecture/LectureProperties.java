package org.dangjian.learning.lecture;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dj.learning.lectures}: expert lectures' defaults.
 *
 * @param cancelBefore how long before a lecture bookings may still be cancelled when its slot does not say (the
 *                     expert and the hall need notice)
 * @param remindBefore how long before a lecture the booking organisation's administrators are reminded
 */
@ConfigurationProperties("dj.learning.lectures")
public record LectureProperties(@DefaultValue("48h") Duration cancelBefore,
                                @DefaultValue("24h") Duration remindBefore) {
}
