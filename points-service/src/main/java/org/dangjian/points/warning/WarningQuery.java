package org.dangjian.points.warning;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.stereotype.Service;

/**
 * The open warnings the caller may see, most months first: the kit's scope limits the mapper's query to
 * the caller's subtree, and {@code orgId} narrows it to an organisation inside it (404 outside).
 */
@Service
class WarningQuery {
    private final WarningMapper warnings;
    private final OrgDirectory orgs;
    private final MemberRoster roster;

    WarningQuery(WarningMapper warnings, OrgDirectory orgs, MemberRoster roster) {
        this.warnings = warnings;
        this.orgs = orgs;
        this.roster = roster;
    }

    PageResult<WarningView> open(Long orgId, WarningKind kind, PageQuery paging, CurrentUser caller) {
        QueryWrapper<Warning> where = new QueryWrapper<Warning>().isNotNull("open_member_id")
                .eq(kind != null, "kind", kind == null ? null : kind.name());
        if (orgId != null) {
            where.likeRight("org_path", orgs.findInScope(orgId, caller).path());
        }
        where.orderByDesc("months").orderByAsc("id");
        Page<Warning> page = warnings.selectPage(new Page<>(paging.page(), paging.size()), where);
        List<Warning> found = page.getRecords();
        // names of the warned members and their organisations, for rows already in scope
        Map<Long, MemberRef> members = roster.findAll(found.stream().map(Warning::getMemberId).toList());
        Map<Long, OrgRef> branches = orgs.findAll(found.stream().map(Warning::getOrgId).distinct().toList());
        List<WarningView> items = found.stream().map(w -> new WarningView(w.getId(), w.getMemberId(),
                name(members.get(w.getMemberId())), w.getOrgId(), name(branches.get(w.getOrgId())),
                WarningKind.valueOf(w.getKind()), w.getLevel(), w.getMonths(), w.getSince(), w.getRaisedOn())).toList();
        return PageResult.of(items, page.getTotal(), paging);
    }

    private static String name(MemberRef member) {
        return member == null ? null : member.name();
    }

    private static String name(OrgRef org) {
        return org == null ? null : org.name();
    }
}
