package org.dangjian.contracts.member;

import java.time.LocalDate;

/**
 * Today ({@code date}) is the anniversary of the member's admission ({@code joinDate}), {@code years}
 * years on. At most one per member per day; notify-service sends the greeting.
 */
public record MemberPoliticalBirthday(long memberId, long orgId, String orgPath, String name, LocalDate joinDate, int years,
                                      LocalDate date) implements MemberEvent {
    public static final String TYPE = "dj.member.political-birthday.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
