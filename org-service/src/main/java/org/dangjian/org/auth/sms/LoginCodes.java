package org.dangjian.org.auth.sms;

import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.security.otp.OneTimeCodes;
import org.dangjian.org.auth.AuthProperties;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * One-time login codes, keyed by the phone's blind index: security-kit's {@link OneTimeCodes} (hashed
 * code, counted tries, one request per interval) with the login settings of {@link AuthProperties}.
 */
@Component
public class LoginCodes {
    private final OneTimeCodes codes;

    public LoginCodes(StringRedisTemplate redis, BlindIndex hmac, AuthProperties props) {
        this.codes = new OneTimeCodes(redis, hmac::of, "dj:auth:login-code:", props.loginCodeTtl(),
                props.loginCodeMaxTries(), props.loginCodeInterval());
    }

    /** Takes the phone's one request per interval; false when one was already made within it. */
    public boolean takeRequestSlot(String phoneIdx) {
        return codes.takeRequestSlot(phoneIdx);
    }

    /** A new six-digit code for the phone, replacing any earlier one. */
    public String issue(String phoneIdx) {
        return codes.issue(phoneIdx);
    }

    /** Whether {@code code} is the phone's current code; a right answer uses it up, a wrong one counts. */
    public boolean verify(String phoneIdx, String code) {
        return codes.verify(phoneIdx, code);
    }
}
