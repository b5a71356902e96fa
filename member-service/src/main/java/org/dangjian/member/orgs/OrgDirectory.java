package org.dangjian.member.orgs;

import java.util.Optional;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.contracts.org.OrgDissolved;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.contracts.org.OrgUpdated;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.MemberMapper;
import org.springframework.stereotype.Service;

/** Keeps the local copy of the tree, and members' stored paths, in step with org-service's events. */
@Service
public class OrgDirectory {
    public static final String ORG_NOT_FOUND = "ORG_NOT_FOUND";
    private final OrgRefMapper orgs;
    private final MemberMapper members;

    public OrgDirectory(OrgRefMapper orgs, MemberMapper members) {
        this.orgs = orgs;
        this.members = members;
    }

    public Optional<OrgRef> find(long orgId) {
        return Optional.ofNullable(orgs.find(orgId));
    }

    /**
     * An organisation the caller may read about; one outside their subtree is "not found" exactly like
     * one that does not exist, so its existence is never confirmed.
     */
    public OrgRef findInScope(long orgId, CurrentUser caller) {
        return find(orgId).filter(o -> caller.covers(o.path()))
                .orElseThrow(() -> ApiException.notFound(ORG_NOT_FOUND));
    }

    /**
     * Events of different organisations may arrive in any order: when the parent is already known, the
     * path is derived from the parent's current path, so a child created just before its parent moved
     * still ends up under the parent's new path.
     */
    void created(OrgCreated event) {
        String path = event.path();
        if (event.parentId() != null) {
            OrgRef parent = orgs.find(event.parentId());
            if (parent != null) {
                path = parent.path() + event.orgId() + "/";
            }
        }
        orgs.upsert(new OrgRef(event.orgId(), event.parentId(), path, event.code(), event.name(), event.type(), "ACTIVE"));
    }

    /** Name, code, type or status changed; the path only changes by a move. */
    void updated(OrgUpdated event) {
        orgs.updateDetails(event.orgId(), event.name(), event.code(), event.type(), event.status());
    }

    public java.util.List<OrgRef> findByCodes(java.util.Collection<String> codes) {
        return codes.isEmpty() ? java.util.List.of() : orgs.findByCodes(codes);
    }

    public java.util.List<OrgRef> children(long orgId) {
        return orgs.children(orgId);
    }

    void dissolved(OrgDissolved event) {
        orgs.markDissolved(event.orgId());
    }

    /** One statement per table rewrites the whole subtree's prefix. */
    void moved(OrgMoved event) {
        orgs.rewritePaths(event.oldPath(), event.oldPath().length(), event.newPath());
        orgs.setParent(event.orgId(), event.newParentId());
        members.rewriteOrgPaths(event.oldPath(), event.oldPath().length(), event.newPath());
    }
}
