package org.dangjian.member.orgs;

/** What member-service knows of an organisation. */
public record OrgRef(long orgId, Long parentId, String path, String code, String name, String type, String status) {
    /** Branches hold members; committees and general branches hold organisations. */
    public boolean holdsMembers() {
        return "BRANCH".equals(type) || "JOINT_BRANCH".equals(type);
    }

    /** A dissolved organisation is kept for history and takes no new members. */
    public boolean dissolved() {
        return "DISSOLVED".equals(status);
    }
}
