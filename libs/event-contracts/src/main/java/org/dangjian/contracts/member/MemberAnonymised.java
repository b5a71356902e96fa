package org.dangjian.contracts.member;

/**
 * A member who left or died, whose retention period after leaving is past: member-service took the person's name,
 * numbers, photo and personal details off the record (the record stays, with its dates, standing and reason, for the
 * counts). Each service that keeps a copy takes the name and contact details off it: org-service the member's
 * account, notify-service the contact, the rosters (member-roster-kit) the name and day of birth, recruitment-service
 * the development record of a member it admitted ({@code applicantId}, null for members registered otherwise).
 */
public record MemberAnonymised(long memberId, Long applicantId) implements MemberEvent {
    public static final String TYPE = "dj.member.anonymised.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
