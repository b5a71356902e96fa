package org.dangjian.contracts.member;

import java.util.List;

/**
 * A member's profile changed. {@code changed} names the fields (as in the member API); the current name,
 * phone (clear, may be null) and party group travel so that rosters and notification directories stay
 * current without calling back. Standing and organisation have their own events.
 */
public record MemberUpdated(long memberId, long orgId, String orgPath, List<String> changed, String name, String phone,
                            String partyGroup) implements MemberEvent {
    public static final String TYPE = "dj.member.updated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
