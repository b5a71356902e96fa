package org.dangjian.member.me;

import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.security.otp.OneTimeCodes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The one-time codes that prove a member holds the phone they change to: 5 minutes, 5 tries, 1 a minute. */
@Configuration
@EnableConfigurationProperties(PhoneCodeProperties.class)
class PhoneCodesConfig {
    @Bean
    PhoneCodes phoneCodes(StringRedisTemplate redis, BlindIndex blindIndex, PhoneCodeProperties properties) {
        return new PhoneCodes(new OneTimeCodes(redis, blindIndex::of, "dj:member:phone-code:", properties.ttl(),
                properties.maxTries(), properties.interval()));
    }
}
