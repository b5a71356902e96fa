package org.dangjian.org.tree;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tree's rules. Reads go through the data-scope interceptor, so an organisation outside the
 * caller's subtree is simply not found (404, never 403: we do not confirm it exists).
 */
@Service
public class OrgService {
    public static final String ORG_NOT_FOUND = "ORG_NOT_FOUND";

    private final OrgMapper orgs;
    private final OrgMoveMapper moves;
    private final EventOutbox outbox;

    public OrgService(OrgMapper orgs, OrgMoveMapper moves, EventOutbox outbox) {
        this.orgs = orgs;
        this.moves = moves;
        this.outbox = outbox;
    }

    @Transactional
    public Org create(CreateOrgRequest req) {
        requireAdministrator();
        Org parent = findVisible(req.parentId())
                .orElseThrow(() -> ApiException.invalidField("parentId", ORG_NOT_FOUND));
        if (!parent.getType().mayHaveChildren()) {
            throw ApiException.invalidField("parentId", "ORG_PARENT_CANNOT_HAVE_CHILDREN");
        }
        Org org = new Org();
        org.setParentId(parent.getId());
        org.setName(req.name().trim());
        org.setShortName(req.shortName());
        org.setCode(req.code());
        org.setType(req.type());
        org.setCategory(req.category());
        org.setSortOrder(req.sortOrder() == null ? 0 : req.sortOrder());
        insertUnderPath(org, parent.getPath(), parent.getDepth() + 1);
        return org;
    }

    /** Creates the root (the city committee) once; nobody's scope contains it before it exists. */
    @Transactional
    public Org createRoot(String name) {
        Org root = new Org();
        root.setName(name);
        root.setType(OrgType.COMMITTEE);
        root.setCategory(OrgCategory.GOVERNMENT);
        root.setSortOrder(0);
        insertUnderPath(root, "/", 0);
        return root;
    }

    private void insertUnderPath(Org org, String parentPath, int depth) {
        LocalDateTime now = LocalDateTime.now();
        org.setPath(parentPath);
        org.setDepth(depth);
        org.setStatus("ACTIVE");
        org.setCreatedAt(now);
        org.setUpdatedAt(now);
        try {
            orgs.insert(org);
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "ORG_CODE_EXISTS");
        }
        // The id is known only after the insert; the path ends with it.
        org.setPath(parentPath + org.getId() + "/");
        Org pathOnly = new Org();
        pathOnly.setId(org.getId());
        pathOnly.setPath(org.getPath());
        orgs.updateById(pathOnly);
        outbox.add(new OrgCreated(org.getId(), org.getParentId(), org.getPath(), org.getCode(), org.getName(),
                org.getType().name(), org.getCategory().name()));
    }

    public Org get(long id) {
        return findVisible(id).orElseThrow(() -> ApiException.notFound(ORG_NOT_FOUND));
    }

    public List<Org> children(long id) {
        get(id);
        return orgs.selectList(new LambdaQueryWrapper<Org>()
                .eq(Org::getParentId, id)
                .orderByAsc(Org::getSortOrder, Org::getId));
    }

    /**
     * Moves an organisation with its whole subtree. The new parent must be visible to the caller, able
     * to hold children, and not inside the moved subtree (no cycles; an administrator therefore cannot
     * move their own root organisation). Every service rewrites its stored paths from {@code org.moved}.
     */
    @Transactional
    public Org move(long id, long newParentId) {
        requireAdministrator();
        Org org = get(id);
        Org newParent = findVisible(newParentId)
                .orElseThrow(() -> ApiException.invalidField("newParentId", ORG_NOT_FOUND));
        if (org.getParentId() == null) {
            throw ApiException.invalidField("newParentId", "ORG_ROOT_CANNOT_MOVE");
        }
        if (newParent.getPath().startsWith(org.getPath())) {
            throw ApiException.invalidField("newParentId", "ORG_MOVE_INTO_OWN_SUBTREE");
        }
        if (!newParent.getType().mayHaveChildren()) {
            throw ApiException.invalidField("newParentId", "ORG_PARENT_CANNOT_HAVE_CHILDREN");
        }
        if (newParent.getId().equals(org.getParentId())) {
            return org;
        }
        String oldPath = org.getPath();
        String newPath = newParent.getPath() + org.getId() + "/";
        long oldParentId = org.getParentId();
        int depthDelta = newParent.getDepth() + 1 - org.getDepth();

        Org parentChange = new Org();
        parentChange.setId(org.getId());
        parentChange.setParentId(newParent.getId());
        parentChange.setVersion(org.getVersion());
        if (orgs.updateById(parentChange) == 0) {
            throw ApiException.conflict("ORG_CHANGED_CONCURRENTLY");
        }
        orgs.rewriteSubtreePaths(oldPath, oldPath.length(), newPath, depthDelta);
        moves.record(org.getId(), oldParentId, newParent.getId(), oldPath, newPath,
                CurrentUsers.find().map(CurrentUser::accountId).orElse(null));
        outbox.add(new OrgMoved(org.getId(), oldParentId, newParent.getId(), oldPath, newPath));
        return get(id);
    }

    private Optional<Org> findVisible(long id) {
        return Optional.ofNullable(orgs.selectById(id));
    }

    private static void requireAdministrator() {
        CurrentUser user = CurrentUsers.get();
        if (!user.isCityAdmin() && !user.hasRole(CurrentUser.ORG_ADMIN)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
    }
}
