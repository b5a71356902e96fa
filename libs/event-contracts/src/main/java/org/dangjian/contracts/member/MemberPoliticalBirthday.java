package org.dangjian.contracts.member;

import java.time.LocalDate;

/**
 * Today ({@code date}) is the anniversary of the member's admission ({@code joinDate}), {@code years}
 * years on. {@code partyYears} is the member's Party standing (党龄), which counts from full membership
 * (the end of probation, 党章 art. 7), not from admission; null while probationary (added in issue 18).
 * At most one per member per day; notify-service sends the greeting.
 */
public record MemberPoliticalBirthday(long memberId, long orgId, String orgPath, String name, LocalDate joinDate, int years,
                                      LocalDate date, Integer partyYears) implements MemberEvent {
    public static final String TYPE = "dj.member.political-birthday.v1";

    /** The event as it was before {@code partyYears} was added (additive change). */
    public MemberPoliticalBirthday(long memberId, long orgId, String orgPath, String name, LocalDate joinDate, int years,
                                   LocalDate date) {
        this(memberId, orgId, orgPath, name, joinDate, years, date, null);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
