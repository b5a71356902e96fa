package org.dangjian.contracts.member;

import java.util.List;

/**
 * A member's profile changed. {@code changed} names the fields (as in the member API); the current name,
 * phone (sealed, may be null) and party group travel so that rosters and notification directories stay
 * current without calling back. Standing and organisation have their own events. {@code occupation} (党员工作岗位,
 * the code-tables kit's occupation code, from which the dues group follows) and {@code education} (GB/T 4658 code)
 * travel too, current values, null when not recorded: added later, so events written before them carry null.
 * The phone is sealed with the platform's field keys (crypto-kit {@code EventSeal}; events written before sealing carry it in clear).
 */
public record MemberUpdated(long memberId, long orgId, String orgPath, List<String> changed, String name, String phone,
                            String partyGroup, String occupation, String education) implements MemberEvent {
    public static final String TYPE = "dj.member.updated.v1";

    /** As before occupation and education travelled (an additive change: the type keeps its version). */
    public MemberUpdated(long memberId, long orgId, String orgPath, List<String> changed, String name, String phone,
                         String partyGroup) {
        this(memberId, orgId, orgPath, changed, name, phone, partyGroup, null, null);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
