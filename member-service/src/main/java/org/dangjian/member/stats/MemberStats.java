package org.dangjian.member.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.dangjian.kit.figures.FiguresCache;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.springframework.stereotype.Service;

/**
 * Statistics of a subtree from one index-only scan of its members and one read of the organisation's
 * children, tallied in memory: two queries whatever the size of the tree. The result is cached until
 * member data next changes (figures-cache-kit: any write through MyBatis, any event applied, the import).
 */
@Service
public class MemberStats {
    private final SubtreeScan scan;
    private final OrgDirectory orgs;
    private final Clock clock;
    private final FiguresCache cache;

    MemberStats(SubtreeScan scan, OrgDirectory orgs, Clock clock, FiguresCache cache) {
        this.scan = scan;
        this.orgs = orgs;
        this.clock = clock;
        this.cache = cache;
    }

    /** {@code orgId} null means the caller's own organisation. */
    public MemberStatsView of(Long orgId) {
        CurrentUser caller = CurrentUsers.get();
        Long id = orgId != null ? orgId : caller.orgId();
        if (id == null) {
            throw ApiException.notFound(OrgDirectory.ORG_NOT_FOUND);
        }
        // Scope is checked on every request; only the figures of an organisation already allowed are cached.
        OrgRef org = orgs.findInScope(id, caller);
        LocalDate today = LocalDate.now(clock);
        return cache.get("stats:" + today + ":" + org.orgId(), MemberStatsView.class, () -> compute(org, today));
    }

    private MemberStatsView compute(OrgRef org, LocalDate today) {
        StatsTally tally = new StatsTally();
        scan.each(org.path(), today, tally::add);
        List<OrgRef> children = orgs.children(org.orgId()).stream()
                .sorted(Comparator.comparing((OrgRef o) -> o.code() == null ? "" : o.code()).thenComparing(OrgRef::orgId))
                .toList();
        return tally.view(org, children);
    }
}
