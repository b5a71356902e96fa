package org.dangjian.contracts.member;

import java.time.Instant;

/**
 * A member asked to change their mobile phone to {@code phone}: notify-service delivers {@code code} by
 * SMS to that NEW number, to prove the member holds it; the code is good until {@code expiresAt}.
 * member-service keeps only a keyed hash of it, so this event is the one place the code exists: phone and
 * code are sealed with the platform's field keys (crypto-kit {@code EventSeal}; events written before sealing carry it in clear);
 * consumers must not log or store the opened code.
 */
public record MemberPhoneCodeRequested(long memberId, String phone, String code, Instant expiresAt)
        implements MemberEvent {
    public static final String TYPE = "dj.member.phone-code-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
