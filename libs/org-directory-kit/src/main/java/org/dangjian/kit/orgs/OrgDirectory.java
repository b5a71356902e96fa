package org.dangjian.kit.orgs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.contracts.org.OrgDissolved;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.contracts.org.OrgUpdated;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service's local copy of the organisation tree ({@code org_ref}), kept in step with org-service's
 * events, so a service answers questions about the tree without calling org-service.
 */
public class OrgDirectory {
    public static final String ORG_NOT_FOUND = "ORG_NOT_FOUND";
    /** The reason (403 FORBIDDEN) when a member, or a token without a tree, asks for an organisation's subtree. */
    public static final String TREE_ROLES_ONLY = "FORBIDDEN.treeRolesOnly";
    /** Every materialized path starts with it: the whole city. */
    private static final String EVERYWHERE = "/";
    private static final String COLUMNS = "SELECT org_id, parent_id, path, code, name, type, status FROM org_ref";

    private final JdbcClient jdbc;
    private final List<OrgPathFollower> followers;

    public OrgDirectory(JdbcClient jdbc, List<OrgPathFollower> followers) {
        this.jdbc = jdbc;
        this.followers = followers;
    }

    public Optional<OrgRef> find(long orgId) {
        return jdbc.sql(COLUMNS + " WHERE org_id = ?").param(orgId).query(OrgRef.class).optional();
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
     * The subtree a list or figure is about, for queries the data-scope interceptor cannot limit
     * (aggregates in plain SQL, Redis): the given organisation's if the caller may read it (404 if not),
     * else the caller's own. A path holds only digits and slashes, so it is safe as a LIKE prefix.
     */
    public String subtreePath(Long orgId, CurrentUser caller) {
        if (orgId != null) {
            return findInScope(orgId, caller).path();
        }
        if (caller.isCityAdmin()) {
            return EVERYWHERE;
        }
        if (caller.covers(caller.orgPath())) {
            return caller.orgPath();
        }
        throw ApiException.forbidden(TREE_ROLES_ONLY);
    }

    /** Several organisations in one query, by id (unknown ids are absent from the map). */
    public Map<Long, OrgRef> findAll(Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(COLUMNS + " WHERE org_id IN (:ids)").param("ids", orgIds).query(OrgRef.class).list().stream()
                .collect(Collectors.toMap(OrgRef::orgId, Function.identity()));
    }

    /** Imports name organisations by code; one query for every code of a file. */
    public List<OrgRef> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of()
                : jdbc.sql(COLUMNS + " WHERE code IN (:codes)").param("codes", codes).query(OrgRef.class).list();
    }

    /**
     * The organisations with these codes that lie in the caller's subtree, by code, in one query: what an import
     * resolves its rows' organisation codes against (a code outside the subtree reads as unknown).
     */
    public Map<String, OrgRef> findByCodesInScope(Collection<String> codes, CurrentUser caller) {
        Map<String, OrgRef> visible = new java.util.HashMap<>();
        for (OrgRef org : findByCodes(codes)) {
            if (caller.covers(org.path())) {
                visible.put(org.code(), org);
            }
        }
        return visible;
    }

    public List<OrgRef> children(long orgId) {
        return jdbc.sql(COLUMNS + " WHERE parent_id = ?").param(orgId).query(OrgRef.class).list();
    }

    /**
     * Events of different organisations may arrive in any order: when the parent is already known, the
     * path is derived from the parent's current path, so a child created just before its parent moved
     * still ends up under the parent's new path.
     */
    void created(OrgCreated event) {
        String path = event.path();
        if (event.parentId() != null) {
            path = find(event.parentId()).map(parent -> parent.path() + event.orgId() + "/").orElse(path);
        }
        jdbc.sql("INSERT INTO org_ref (org_id, parent_id, path, code, name, type, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, NOW(6))"
                        + " ON DUPLICATE KEY UPDATE parent_id = VALUES(parent_id), path = VALUES(path), code = VALUES(code),"
                        + " name = VALUES(name), type = VALUES(type), updated_at = NOW(6)")
                .params(event.orgId(), event.parentId(), path, event.code(), event.name(), event.type()).update();
    }

    /** Name, code, type or status changed; the path only changes by a move. */
    void updated(OrgUpdated event) {
        jdbc.sql("UPDATE org_ref SET name = COALESCE(?, name), code = ?, type = COALESCE(?, type),"
                        + " status = COALESCE(?, status), updated_at = NOW(6) WHERE org_id = ?")
                .params(event.name(), event.code(), event.type(), event.status(), event.orgId()).update();
    }

    void dissolved(OrgDissolved event) {
        jdbc.sql("UPDATE org_ref SET status = 'DISSOLVED', updated_at = NOW(6) WHERE org_id = ?")
                .param(event.orgId()).update();
    }

    /** One statement per table rewrites the whole subtree's prefix: the tree's, then each follower's. */
    void moved(OrgMoved event) {
        SubtreePaths.move(jdbc, "org_ref", "path", event.oldPath(), event.newPath());
        jdbc.sql("UPDATE org_ref SET parent_id = ?, updated_at = NOW(6) WHERE org_id = ?")
                .params(event.newParentId(), event.orgId()).update();
        followers.forEach(f -> f.rewritePaths(event.oldPath(), event.newPath()));
    }
}
