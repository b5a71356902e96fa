package org.dangjian.org.tree;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.stereotype.Service;

/**
 * Reads of a subtree. Each is one query on the path prefix (plus the lookup of the subtree's root), and
 * all of them run through the data-scope interceptor: an administrator never sees past their subtree,
 * and a {@code rootId} outside it is not found.
 */
@Service
public class OrgQueries {
    private final OrgService orgService;
    private final OrgMapper orgs;
    private final OrgChangeMapper changes;
    private final OrgMoveMapper moves;
    private final MemberCountMapper memberCounts;

    public OrgQueries(OrgService orgService, OrgMapper orgs, OrgChangeMapper changes, OrgMoveMapper moves,
                      MemberCountMapper memberCounts) {
        this.memberCounts = memberCounts;
        this.orgService = orgService;
        this.orgs = orgs;
        this.changes = changes;
        this.moves = moves;
    }

    /** The subtree as nested nodes; without {@code rootId}, the caller's own organisation's. */
    public OrgNode tree(Long rootId) {
        Org root = root(rootId);
        List<Org> rows = orgs.selectList(new LambdaQueryWrapper<Org>()
                .select(Org::getId, Org::getParentId, Org::getCode, Org::getName, Org::getShortName, Org::getType,
                        Org::getCategory, Org::getStatus, Org::getSortOrder)
                .likeRight(Org::getPath, root.getPath()));
        return TreeAssembler.assemble(root.getId(), rows);
    }

    /**
     * Flat pages of the subtree in path order (each organisation right before its descendants).
     * {@code q} matches the name or code anywhere, or the pinyin initials ({@code yszdw} finds 玉山镇党委).
     */
    public PageResult<Org> list(Long rootId, String q, OrgType type, OrgCategory category, OrgStatus status,
                                PageQuery page) {
        Org root = root(rootId);
        LambdaQueryWrapper<Org> where = new LambdaQueryWrapper<Org>()
                .likeRight(Org::getPath, root.getPath())
                .eq(type != null, Org::getType, type)
                .eq(category != null, Org::getCategory, category)
                .eq(status != null, Org::getStatus, status)
                .orderByAsc(Org::getPath);
        String term = q == null ? "" : q.trim();
        if (!term.isEmpty()) {
            String literal = escapeLike(term);
            where.and(w -> w.like(Org::getName, literal)
                    .or().like(Org::getCode, literal)
                    .or().like(Org::getPinyinInitials, literal.toUpperCase(Locale.ROOT)));
        }
        Page<Org> result = orgs.selectPage(new Page<>(page.page(), page.size()), where);
        return PageResult.of(result.getRecords(), result.getTotal(), page);
    }

    /**
     * The names from the top of the caller's scope down to the organisation: the ancestors' ids are in its
     * path, so one query fetches them all. Ancestors above the caller's own organisation are outside the
     * scope and left out.
     */
    public List<Breadcrumb> breadcrumbs(long id) {
        Org org = orgService.get(id);
        List<Long> ids = Arrays.stream(org.getPath().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
        Map<Long, Org> found = orgs.selectList(new LambdaQueryWrapper<Org>()
                        .select(Org::getId, Org::getName, Org::getShortName)
                        .in(Org::getId, ids))
                .stream().collect(Collectors.toMap(Org::getId, Function.identity()));
        List<Breadcrumb> crumbs = new ArrayList<>();
        for (Long ancestor : ids) {
            Org o = found.get(ancestor);
            if (o != null) {
                crumbs.add(new Breadcrumb(o.getId(), o.getName(), o.getShortName()));
            }
        }
        return crumbs;
    }

    /** Active descendants by type and by category, from one GROUP BY over the subtree. */
    public OrgStats stats(long id) {
        Org org = orgService.get(id);
        Integer members = memberCounts.members(org.getId());
        // One pass over the path index of the subtree.
        List<OrgStats.Row> rows = orgs.countByTypeAndCategory(new LambdaQueryWrapper<Org>()
                .likeRight(Org::getPath, org.getPath())
                .ne(Org::getId, org.getId())
                .eq(Org::getStatus, OrgStatus.ACTIVE)
                .groupBy(Org::getType, Org::getCategory));
        return OrgStats.of(org.getId(), rows, members == null ? 0 : members);
    }

    /** Renames, other field changes, dissolving and moves, newest first. */
    public List<HistoryEntry> history(long id) {
        orgService.get(id);
        List<HistoryEntry> entries = new ArrayList<>();
        changes.forOrg(id).forEach(row -> entries.add(row.toEntry()));
        moves.forOrg(id).forEach(row -> entries.add(row.toEntry()));
        entries.sort(Comparator.comparing(HistoryEntry::changedAt).reversed());
        return entries;
    }

    private Org root(Long rootId) {
        if (rootId != null) {
            return orgService.get(rootId);
        }
        Long own = CurrentUsers.get().orgId();
        if (own == null) {
            throw ApiException.notFound(OrgService.ORG_NOT_FOUND);
        }
        return orgService.get(own);
    }

    /** The search term is text, not a pattern: {@code %} and {@code _} match only themselves. */
    static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
