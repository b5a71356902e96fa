package org.dangjian.contracts.member;

import java.time.LocalDate;

/**
 * A Party member was entered into member-service, with standing, state and mobility apart
 * ({@link MembershipStatus}). A member registered for a transfer into the city arrives as state
 * {@code ARRIVING}: known, not counted. The phone travels (may be null)
 * sealed with the platform's field keys (crypto-kit {@code EventSeal}; events written before sealing carry it in clear); ID numbers never.
 * Replaces {@link MemberRegistered} (v1), whose single status mixed the three. {@code occupation} (党员工作岗位, the
 * code-tables kit's occupation code, from which the dues group follows) and {@code education} (GB/T 4658 code) may
 * be null: not recorded, or an event written before they were added. {@code applicantId} is the recruitment case
 * the member was admitted from (org-service turns the applicant's account into the member's), null for a member
 * registered or imported directly, or an event written before it was added.
 */
public record MemberRegisteredV2(long memberId, long orgId, String orgPath, String name, String gender,
                                 LocalDate birthDate, LocalDate joinDate, MembershipStatus status, String phone,
                                 String occupation, String education, Long applicantId)
        implements MemberEvent {
    public static final String TYPE = "dj.member.registered.v2";

    /** As before the applicant travelled (an additive change: the type keeps its version). */
    public MemberRegisteredV2(long memberId, long orgId, String orgPath, String name, String gender,
                              LocalDate birthDate, LocalDate joinDate, MembershipStatus status, String phone,
                              String occupation, String education) {
        this(memberId, orgId, orgPath, name, gender, birthDate, joinDate, status, phone, occupation, education, null);
    }

    /** As before occupation and education travelled (an additive change: the type keeps its version). */
    public MemberRegisteredV2(long memberId, long orgId, String orgPath, String name, String gender,
                              LocalDate birthDate, LocalDate joinDate, MembershipStatus status, String phone) {
        this(memberId, orgId, orgPath, name, gender, birthDate, joinDate, status, phone, null, null, null);
    }

    /** A version-one event (still in the topic when consumers upgrade) in the new meaning. */
    public static MemberRegisteredV2 of(MemberRegistered v1) {
        return new MemberRegisteredV2(v1.memberId(), v1.orgId(), v1.orgPath(), v1.name(), v1.gender(), v1.birthDate(),
                v1.joinDate(), MembershipStatus.fromV1(v1.status(), null, null), v1.phone());
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
