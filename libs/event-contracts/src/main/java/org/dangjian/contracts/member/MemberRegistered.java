package org.dangjian.contracts.member;

import java.time.LocalDate;

/**
 * A Party member was entered into member-service. Carries what rosters (points, notify, org's
 * member accounts) need so that they never call back. Superseded by {@link MemberRegisteredV2} (issue 18): member-service
 * no longer publishes it; consumers still read it ({@link MemberRegisteredV2#of}) for events in Kafka at the upgrade. The mobile phone travels (may be null) so that
 * org-service can give the member an account that logs in by SMS code and notify-service can reach the
 * member; ID numbers never travel in events. Published before sealing existed: its phone is in clear.
 */
public record MemberRegistered(long memberId, long orgId, String orgPath, String name, String gender,
                               LocalDate birthDate, LocalDate joinDate, String status, String phone)
        implements MemberEvent {
    public static final String TYPE = "dj.member.registered.v1";

    /** The event as it was before {@code phone} was added (additive change): no phone known. */
    public MemberRegistered(long memberId, long orgId, String orgPath, String name, String gender,
                            LocalDate birthDate, LocalDate joinDate, String status) {
        this(memberId, orgId, orgPath, name, gender, birthDate, joinDate, status, null);
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
