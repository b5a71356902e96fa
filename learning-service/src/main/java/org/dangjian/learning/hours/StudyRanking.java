package org.dangjian.learning.hours;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.ranking.RankingSwitch;
import org.springframework.stereotype.Service;

/**
 * Who studied most, per organisation and year, shown only where the organisation turned rankings on (the one
 * switch, points-service's). Administrators and auditors read the boards of their subtree; a member reads the
 * boards of their branch and the organisations above it, with their own place.
 */
@Service
public class StudyRanking {
    static final String MEMBERS_ONLY = "LEARNING_MEMBERS_ONLY";
    private static final int MAX_SIZE = 200;

    private final Leaderboard boards;
    private final RankingSwitch rankings;
    private final OrgDirectory orgs;
    private final MemberRoster roster;

    StudyRanking(Leaderboard boards, RankingSwitch rankings, OrgDirectory orgs, MemberRoster roster) {
        this.boards = boards;
        this.rankings = rankings;
        this.orgs = orgs;
        this.roster = roster;
    }

    LeaderboardView board(Long orgId, int year, int size, CurrentUser by) {
        OrgRef org = boardOf(orgId, by);
        if (!rankings.shown(org.path())) {
            return LeaderboardView.notShown(org.orgId(), org.name(), year);
        }
        Leaderboard.Board board = boards.top(org.orgId(), year, Math.max(1, Math.min(MAX_SIZE, size)));
        Leaderboard.Place mine = by.memberId() == null ? null : boards.placeOf(org.orgId(), year, by.memberId());
        List<Leaderboard.Place> all = new ArrayList<>(board.top());
        if (mine != null) {
            all.add(mine);
        }
        Map<Long, MemberRef> people = roster.findAll(all.stream().map(Leaderboard.Place::memberId).distinct().toList());
        Map<Long, OrgRef> branches = orgs.findAll(people.values().stream().map(MemberRef::orgId).collect(Collectors.toSet()));
        return new LeaderboardView(org.orgId(), org.name(), year, true, board.members(),
                board.top().stream().map(p -> line(p, people, branches)).toList(),
                mine == null ? null : line(mine, people, branches));
    }

    /** For administrators an organisation of their subtree; for a member their branch or one above it; else 404. */
    private OrgRef boardOf(Long orgId, CurrentUser by) {
        if (by.isAdministratorOrAuditor()) {
            return orgs.findInScope(orgId != null ? orgId : by.orgId(), by);
        }
        if (by.memberId() == null) {
            throw ApiException.forbidden(MEMBERS_ONLY);
        }
        MemberRef me = roster.find(by.memberId()).orElse(null);
        String path = me != null ? me.orgPath() : by.orgPath();
        long id = orgId != null ? orgId : me != null ? me.orgId() : by.orgId();
        return orgs.find(id).filter(o -> path != null && path.startsWith(o.path()))
                .orElseThrow(() -> ApiException.notFound(OrgDirectory.ORG_NOT_FOUND));
    }

    private static LeaderboardView.Line line(Leaderboard.Place p, Map<Long, MemberRef> people, Map<Long, OrgRef> branches) {
        MemberRef m = people.get(p.memberId());
        OrgRef branch = m == null ? null : branches.get(m.orgId());
        return new LeaderboardView.Line(p.rank(), m == null ? "" : m.name(), branch == null ? "" : branch.name(), p.hours());
    }
}
