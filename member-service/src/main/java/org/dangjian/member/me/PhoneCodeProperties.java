package org.dangjian.member.me;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code dj.member.phone-code.*}: how long a code lives, how many tries it allows, how often one is sent. */
@ConfigurationProperties("dj.member.phone-code")
record PhoneCodeProperties(@DefaultValue("PT5M") Duration ttl, @DefaultValue("5") int maxTries,
                           @DefaultValue("PT1M") Duration interval) {
}
