package org.dangjian.contracts.member;

/** A member now belongs to another organisation of the city; {@code transferId} when a transfer moved them. */
public record MemberRelocated(long memberId, long fromOrgId, String fromOrgPath, long toOrgId, String toOrgPath,
                              Long transferId) implements MemberEvent {
    public static final String TYPE = "dj.member.relocated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
