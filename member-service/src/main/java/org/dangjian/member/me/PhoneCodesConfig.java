package org.dangjian.member.me;

import java.time.Duration;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.security.otp.OneTimeCodes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The one-time codes that prove a member holds the phone they change to: 5 minutes, 5 tries, 1 a minute. */
@Configuration
class PhoneCodesConfig {
    @Bean
    PhoneCodes phoneCodes(StringRedisTemplate redis, BlindIndex blindIndex,
                          @Value("${dj.member.phone-code.ttl:PT5M}") Duration ttl,
                          @Value("${dj.member.phone-code.max-tries:5}") int maxTries,
                          @Value("${dj.member.phone-code.interval:PT1M}") Duration interval) {
        return new PhoneCodes(new OneTimeCodes(redis, blindIndex::of, "dj:member:phone-code:", ttl, maxTries, interval));
    }
}
