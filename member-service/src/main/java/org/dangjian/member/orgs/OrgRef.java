package org.dangjian.member.orgs;

/** What member-service knows of an organisation. */
public record OrgRef(long orgId, Long parentId, String path, String name, String type) {
    /** Branches hold members; committees and general branches hold organisations. */
    public boolean holdsMembers() {
        return "BRANCH".equals(type) || "JOINT_BRANCH".equals(type);
    }
}
