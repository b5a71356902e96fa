package org.dangjian.contracts.auth;

import java.util.List;

/**
 * An account as it now is, after an administrator created or changed it (name, phone, roles,
 * organisation, status). Carries the whole state rather than the change, so a consumer's copy is right
 * after any one event: notify-service finds the administrators of an organisation, and their phones,
 * from these. The phone (may be null) is sealed with the platform's field keys (crypto-kit {@code EventSeal}; events written before sealing carry it in clear);
 * consumers store it encrypted. Member accounts opened from {@code member.registered} are not announced: members' own
 * events carry their phones.
 */
public record AccountChanged(long accountId, long orgId, String orgPath, List<String> roles, String displayName,
                             String phone, String status, Long memberId) implements AccountEvent {
    public static final String TYPE = "dj.auth.account-changed.v1";

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
