package org.dangjian.org.tree;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.dangjian.contracts.org.OrgCreated;
import org.dangjian.contracts.org.OrgDissolved;
import org.dangjian.org.neighbours.WhatAnOrgStillHolds;
import org.dangjian.contracts.org.OrgMoved;
import org.dangjian.contracts.org.OrgUpdated;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the tree. Reads go through the data-scope interceptor, so an organisation outside the
 * caller's subtree is simply not found (404, never 403: we do not confirm it exists). The rules
 * themselves are in {@link OrgRules}; history in {@code org_change} and {@code org_move}; every change
 * announces itself through the outbox in the same transaction.
 */
@Service
public class OrgService {
    public static final String ORG_NOT_FOUND = "ORG_NOT_FOUND";

    private final OrgMapper orgs;
    private final OrgMoveMapper moves;
    private final OrgChangeMapper changes;
    private final MemberCountMapper memberCounts;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final EventOutbox outbox;
    private final WhatAnOrgStillHolds holdings;
    private final Clock clock;

    public OrgService(OrgMapper orgs, OrgMoveMapper moves, OrgChangeMapper changes, MemberCountMapper memberCounts,
                      FieldCipher cipher, BlindIndex blindIndex, EventOutbox outbox,
                      WhatAnOrgStillHolds holdings, Clock clock) {
        this.orgs = orgs;
        this.holdings = holdings;
        this.moves = moves;
        this.changes = changes;
        this.memberCounts = memberCounts;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Org create(CreateOrgRequest req) {
        // Locked, so that the parent cannot be dissolved while a child is being added under it.
        Org parent = lockVisible(req.parentId())
                .orElseThrow(() -> ApiException.invalidField("parentId", ORG_NOT_FOUND));
        OrgRules.parentRefusal(parent).ifPresent(code -> {
            throw ApiException.invalidField("parentId", code);
        });
        Org org = new Org();
        org.setParentId(parent.getId());
        org.setName(req.name().trim());
        org.setShortName(OrgFields.trimToNull(req.shortName()));
        org.setCode(checkedCode(req.code()));
        org.setType(req.type());
        org.setCategory(req.category());
        org.setSortOrder(req.sortOrder() == null ? 0 : req.sortOrder());
        // No secretary yet: a new organisation has no members to pick one from.
        setPhone(org, req.phone());
        org.setFoundedOn(req.foundingDate());
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
        LocalDateTime now = StoredTime.now(clock);
        org.setPath(parentPath);
        org.setDepth(depth);
        org.setPinyinInitials(PinyinInitials.of(org.getName()));
        org.setStatus(OrgStatus.ACTIVE);
        org.setCreatedAt(now);
        org.setUpdatedAt(now);
        try {
            orgs.insert(org);
        } catch (DuplicateKeyException e) {
            throw codeTaken();
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

    /**
     * The organisation an account is to be created in or moved into, locked until the caller's transaction ends so
     * that it cannot be dissolved meanwhile. Refused as the request's {@code field}: ORG_NOT_FOUND outside the
     * caller's scope, ORG_DISSOLVED_NO_ACCOUNTS when it was dissolved (its accounts would sign in to nothing).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Org accountHome(long id, String field) {
        Org org = lockVisible(id).orElseThrow(() -> ApiException.invalidField(field, ORG_NOT_FOUND));
        if (!org.isActive()) {
            throw ApiException.invalidField(field, "ORG_DISSOLVED_NO_ACCOUNTS");
        }
        return org;
    }

    public List<Org> children(long id) {
        get(id);
        return orgs.selectList(new LambdaQueryWrapper<Org>()
                .eq(Org::getParentId, id)
                .orderByAsc(Org::getSortOrder, Org::getId));
    }

    /**
     * Edits the details of an active organisation: each changed field goes to the history, and
     * {@code org.updated} tells the other services. A type change must keep the organisation's children
     * or members where they may be ({@link OrgRules#typeChangeRefusal}).
     */
    @Transactional
    public Org update(long id, UpdateOrgRequest req) {
        CurrentUser caller = CurrentUsers.get();
        Org before = lockVisible(id).orElseThrow(() -> ApiException.notFound(ORG_NOT_FOUND));
        if (!before.isActive()) {
            throw ApiException.conflict("ORG_DISSOLVED");
        }
        Org after = before.copy();
        if (req.name() != null) {
            after.setName(req.name().trim());
            after.setPinyinInitials(PinyinInitials.of(after.getName()));
        }
        if (req.shortName() != null) {
            after.setShortName(OrgFields.trimToNull(req.shortName()));
        }
        if (req.code() != null && !req.code().equals(before.getCode())) {
            after.setCode(checkedCode(req.code()));
        }
        if (req.type() != null) {
            after.setType(req.type());
        }
        if (req.category() != null) {
            after.setCategory(req.category());
        }
        if (req.sortOrder() != null) {
            after.setSortOrder(req.sortOrder());
        }
        if (req.secretaryMemberId() != null) {
            // issue 23: the secretary is whoever holds the post in cadre-service's appointments (一人一岗, dated,
            // with its history and the 任免审批表); a second, hand-picked value here would contradict them
            throw ApiException.invalidField("secretaryMemberId", "ORG_SECRETARY_APPOINTED_IN_CADRES");
        }
        if (req.phone() != null) {
            setPhone(after, req.phone());
        }
        if (req.foundingDate() != null) {
            after.setFoundedOn(req.foundingDate());
        }
        List<FieldChange> changed = FieldChange.between(before, after);
        if (changed.isEmpty()) {
            return before;
        }
        if (after.getType() != before.getType()) {
            OrgRules.typeChangeRefusal(after.getType(), activeChildren(id), members(id)).ifPresent(code -> {
                throw ApiException.invalidField("type", code);
            });
        }
        write(before, after, changed, caller.accountId());
        outbox.add(new OrgUpdated(after.getId(), after.getPath(), changed.stream().map(FieldChange::field).toList(),
                after.getName(), after.getShortName(), after.getCode(), after.getType().name(),
                after.getCategory().name(), after.getStatus().name()));
        return after;
    }

    /**
     * The secretary as cadre-service records the organisation's posts ({@code cadre.appointment-changed}): one who
     * took up the post is shown; one who left it is cleared while still shown (a successor's appointment, in order
     * behind it on the organisation's key, has then not arrived yet or replaced them already). Written to the history
     * like an edit, by no account, and announced as {@code org.updated}. A dissolved or unknown organisation is left.
     */
    @Transactional
    @Unscoped("applies cadre-service's appointment to whichever organisation it names")
    public void secretaryFromCadres(long orgId, Long memberId, String name, boolean holds) {
        Org before = lockVisible(orgId).filter(Org::isActive).orElse(null);
        if (before == null) {
            return;
        }
        Org after = before.copy();
        if (holds) {
            after.setSecretary(name);
            after.setSecretaryMemberId(memberId);
        } else if (java.util.Objects.equals(before.getSecretary(), name)
                && java.util.Objects.equals(before.getSecretaryMemberId(), memberId)) {
            after.setSecretary(null);
            after.setSecretaryMemberId(null);
        }
        List<FieldChange> changed = FieldChange.between(before, after);
        if (changed.isEmpty()) {
            return;
        }
        write(before, after, changed, null);
        outbox.add(new OrgUpdated(after.getId(), after.getPath(), changed.stream().map(FieldChange::field).toList(),
                after.getName(), after.getShortName(), after.getCode(), after.getType().name(),
                after.getCategory().name(), after.getStatus().name()));
    }

    /**
     * Dissolves an empty organisation (no active child organisations, no members, no transfer under way: member- and
     * transfer-service are asked at this moment). It stays in the tree, read-only, for history; {@code org.dissolved}
     * tells member-service to take no members into it.
     */
    @Transactional
    public Org dissolve(long id) {
        CurrentUser caller = CurrentUsers.get();
        // The lock is this transaction's first read: the counts below then see every child committed before.
        Org before = lockVisible(id).orElseThrow(() -> ApiException.notFound(ORG_NOT_FOUND));
        OrgRules.dissolveRefusal(before, activeChildren(id), members(id), caller.orgId())
                .or(() -> holdings.dissolveRefusal(id))
                .ifPresent(code -> {
                    throw ApiException.conflict(code);
                });
        Org after = before.copy();
        after.setStatus(OrgStatus.DISSOLVED);
        write(before, after, FieldChange.between(before, after), caller.accountId());
        outbox.add(new OrgDissolved(after.getId(), after.getParentId(), after.getPath()));
        return after;
    }

    /**
     * Moves an organisation with its whole subtree. The new parent must be visible to the caller, active,
     * able to hold children, and not inside the moved subtree (no cycles; an administrator therefore cannot
     * move their own root organisation). Every service rewrites its stored paths from {@code org.moved}.
     */
    @Transactional
    public Org move(long id, long newParentId) {
        Org org = get(id);
        if (!org.isActive()) {
            throw ApiException.conflict("ORG_DISSOLVED");
        }
        Org newParent = lockVisible(newParentId)
                .orElseThrow(() -> ApiException.invalidField("newParentId", ORG_NOT_FOUND));
        if (org.getParentId() == null) {
            throw ApiException.invalidField("newParentId", "ORG_ROOT_CANNOT_MOVE");
        }
        if (newParent.getPath().startsWith(org.getPath())) {
            throw ApiException.invalidField("newParentId", "ORG_MOVE_INTO_OWN_SUBTREE");
        }
        OrgRules.parentRefusal(newParent).ifPresent(code -> {
            throw ApiException.invalidField("newParentId", code);
        });
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
        // The whole subtree's paths (and depths) in one statement: its rows are those under the old path.
        orgs.update(null, new LambdaUpdateWrapper<Org>()
                .setSql("path = CONCAT({0}, SUBSTRING(path, {1}))", newPath, oldPath.length() + 1)
                .setSql("depth = depth + {0}", depthDelta)
                .set(Org::getUpdatedAt, StoredTime.now(clock))
                .likeRight(Org::getPath, oldPath));
        moves.record(org.getId(), oldParentId, newParent.getId(), oldPath, newPath,
                CurrentUsers.find().map(CurrentUser::accountId).orElse(null));
        outbox.add(new OrgMoved(org.getId(), oldParentId, newParent.getId(), oldPath, newPath));
        return get(id);
    }

    /** Writes the new state if nobody changed the row since it was read, and the changed fields' history. */
    private void write(Org before, Org after, List<FieldChange> changed, Long changedBy) {
        LocalDateTime now = StoredTime.now(clock);
        int nextVersion = before.getVersion() + 1;
        int updated;
        try {
            // Explicit SETs, because clearing a field means writing NULL, which updateById would skip.
            updated = orgs.update(null, new LambdaUpdateWrapper<Org>()
                    .set(Org::getName, after.getName())
                    .set(Org::getPinyinInitials, after.getPinyinInitials())
                    .set(Org::getShortName, after.getShortName())
                    .set(Org::getCode, after.getCode())
                    .set(Org::getType, after.getType())
                    .set(Org::getCategory, after.getCategory())
                    .set(Org::getSortOrder, after.getSortOrder())
                    .set(Org::getSecretary, after.getSecretary())
                    .set(Org::getSecretaryMemberId, after.getSecretaryMemberId())
                    .set(Org::getPhoneEnc, after.getPhoneEnc())
                    .set(Org::getPhoneIdx, after.getPhoneIdx())
                    .set(Org::getPhoneMasked, after.getPhoneMasked())
                    .set(Org::getFoundedOn, after.getFoundedOn())
                    .set(Org::getStatus, after.getStatus())
                    .set(Org::getUpdatedAt, now)
                    .set(Org::getVersion, nextVersion)
                    .eq(Org::getId, before.getId())
                    .eq(Org::getVersion, before.getVersion()));
        } catch (DuplicateKeyException e) {
            throw codeTaken();
        }
        if (updated == 0) {
            throw ApiException.conflict("ORG_CHANGED_CONCURRENTLY");
        }
        for (FieldChange change : changed) {
            changes.record(before.getId(), change.field(), change.oldValue(), change.newValue(), changedBy);
        }
        after.setVersion(nextVersion);
        after.setUpdatedAt(now);
    }

    /** Codes follow one format ({@link OrgCodes}); the request's pattern checked the shape, this the region. */
    private static String checkedCode(String code) {
        if (code != null) {
            OrgCodes.refusal(code).ifPresent(problem -> {
                throw ApiException.invalidField("code", problem);
            });
        }
        return code;
    }

    /** Ciphertext, blind index and mask; blank means no phone. Only the mask is ever shown. */
    private void setPhone(Org org, String phone) {
        String number = OrgFields.trimToNull(phone);
        org.setPhoneEnc(cipher.encrypt(number));
        org.setPhoneIdx(blindIndex.of(number));
        org.setPhoneMasked(Masking.phone(number));
    }

    private long activeChildren(long id) {
        return orgs.selectCount(new LambdaQueryWrapper<Org>()
                .eq(Org::getParentId, id)
                .eq(Org::getStatus, OrgStatus.ACTIVE));
    }

    private long members(long id) {
        Integer members = memberCounts.members(id);
        return members == null ? 0 : members;
    }

    private Optional<Org> findVisible(long id) {
        return Optional.ofNullable(orgs.selectById(id));
    }

    private Optional<Org> lockVisible(long id) {
        return Optional.ofNullable(orgs.selectOne(new LambdaQueryWrapper<Org>()
                .eq(Org::getId, id)
                .last("FOR UPDATE")));
    }

    private static ApiException codeTaken() {
        return new ApiException(HttpStatus.CONFLICT, "ORG_CODE_EXISTS",
                List.of(new ApiException.FieldProblem("code", "ORG_CODE_EXISTS")));
    }
}
