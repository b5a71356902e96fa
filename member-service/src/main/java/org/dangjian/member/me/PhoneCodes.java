package org.dangjian.member.me;

import java.time.Duration;
import org.dangjian.kit.security.otp.OneTimeCodes;

/**
 * A member's pending phone change: one code per member and new number (a code sent to one number never
 * confirms another), and one request per member per interval.
 */
class PhoneCodes {
    private final OneTimeCodes codes;

    PhoneCodes(OneTimeCodes codes) {
        this.codes = codes;
    }

    boolean takeRequestSlot(long memberId) {
        return codes.takeRequestSlot(Long.toString(memberId));
    }

    String issue(long memberId, String phoneIdx) {
        return codes.issue(memberId + ":" + phoneIdx);
    }

    boolean verify(long memberId, String phoneIdx, String code) {
        return codes.verify(memberId + ":" + phoneIdx, code);
    }

    Duration ttl() {
        return codes.ttl();
    }
}
