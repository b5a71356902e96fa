package org.dangjian.kit.orgs;

import java.util.ArrayList;
import java.util.List;

/** What a service knows of an organisation: its place in the tree, code, name, type and status. */
public record OrgRef(long orgId, Long parentId, String path, String code, String name, String type, String status) {
    /** Branches hold members; committees and general branches hold organisations. */
    public boolean holdsMembers() {
        return "BRANCH".equals(type) || "JOINT_BRANCH".equals(type);
    }

    /** A dissolved organisation is kept for history and takes no new members. */
    public boolean dissolved() {
        return "DISSOLVED".equals(status);
    }

    /** The organisations above this one, from the root down, read from the materialized path. */
    public List<Long> ancestorIds() {
        List<Long> ids = idsOnPath(path);
        ids.remove(ids.size() - 1);
        return ids;
    }

    /** The organisations a path runs through, from the root to the last, itself included. */
    public static List<Long> idsOnPath(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }
}
