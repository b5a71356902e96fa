package org.dangjian.points.ranking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Reading rankings: an organisation's top N (administrators of its subtree only), and a member's place in
 * their branch; each only where the organisation turned rankings on ({@link Visibility}), for everyone.
 */
@Service
public class RankingQuery {
    private static final int MAX_SIZE = 200;
    private final Rankings rankings;
    private final OrgDirectory orgs;
    private final MemberRoster roster;
    private final Visibility visibility;

    RankingQuery(Rankings rankings, OrgDirectory orgs, MemberRoster roster, Visibility visibility) {
        this.rankings = rankings;
        this.orgs = orgs;
        this.roster = roster;
        this.visibility = visibility;
    }

    /** For administrators and auditors (the controller says so), of an organisation in their subtree. */
    public RankingView top(Long orgId, int year, int size, CurrentUser caller) {
        OrgRef org = orgs.findInScope(orgId != null ? orgId : caller.orgId(), caller);
        if (!visibility.shown(org.path())) {
            return RankingView.notShown(org.orgId(), org.name(), year);
        }
        List<Rankings.Place> places = rankings.top(year, org.orgId(), Math.min(Math.max(size, 1), MAX_SIZE));
        Map<Long, MemberRef> members = roster.findAll(places.stream().map(Rankings.Place::memberId).toList());
        Map<Long, OrgRef> branches = orgs.findAll(members.values().stream().map(MemberRef::orgId).distinct().toList());
        List<RankingView.Line> lines = places.stream().map(p -> {
            MemberRef m = members.get(p.memberId());
            OrgRef branch = m == null ? null : branches.get(m.orgId());
            return new RankingView.Line(p.rank(), p.memberId(), m == null ? null : m.name(),
                    m == null ? 0 : m.orgId(), branch == null ? null : branch.name(), p.score());
        }).toList();
        long ranked = places.isEmpty() ? rankings.size(year, org.orgId()) : places.get(0).of();
        return new RankingView(org.orgId(), org.name(), year, true, ranked,
                rankings.average(year, org.orgId()).orElse(null), lines);
    }

    /**
     * A member's place in their branch, or empty if they are not ranked this year or their branch does not
     * show rankings (whoever asks: administrators included).
     */
    public Optional<Rankings.Place> placeInBranch(MemberRef member, int year) {
        if (!visibility.shown(member.orgPath())) {
            return Optional.empty();
        }
        return rankings.placeOf(year, member.orgId(), member.memberId());
    }
}
