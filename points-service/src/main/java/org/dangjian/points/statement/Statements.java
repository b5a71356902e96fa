package org.dangjian.points.statement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.points.ledger.ActivityType;
import org.dangjian.points.ledger.Ledger;
import org.dangjian.points.ledger.LedgerEntry;
import org.dangjian.points.rules.PointsCalculator;
import org.dangjian.points.ranking.RankingQuery;
import org.dangjian.points.ranking.Rankings;
import org.dangjian.points.roster.RosterMemberMapper;
import org.dangjian.points.rules.PointRules;
import org.dangjian.points.rules.RuleSets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Builds a member's statement for the administrators of their subtree, or for the member themself. */
@Service
class Statements {
    static final String NOT_FOUND = "POINTS_MEMBER_NOT_FOUND";
    private final RosterMemberMapper roster;
    private final OrgDirectory orgs;
    private final Ledger ledger;
    private final RuleSets ruleSets;
    private final RankingQuery rankings;
    private final JdbcClient jdbc;

    Statements(RosterMemberMapper roster, OrgDirectory orgs, Ledger ledger, RuleSets ruleSets, RankingQuery rankings,
               JdbcClient jdbc) {
        this.roster = roster;
        this.orgs = orgs;
        this.ledger = ledger;
        this.ruleSets = ruleSets;
        this.rankings = rankings;
        this.jdbc = jdbc;
    }

    /**
     * The kit's scope on the roster decides who may read it: administrators and auditors of the member's
     * subtree, the city administrator, and the member themself; to anyone else the member is not found.
     */
    MemberStatement of(long memberId, int year) {
        MemberRef member = roster.findInScope(memberId).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        PointRules rules = ruleSets.current().rules();
        List<MemberStatement.Line> lines = ledger.entries(memberId, year).stream().map(e -> line(rules, e)).toList();
        String orgName = orgs.find(member.orgId()).map(OrgRef::name).orElse(null);
        BigDecimal total = jdbc.sql("SELECT total FROM member_total WHERE member_id = ? AND year = ?")
                .params(memberId, year).query(BigDecimal.class).optional().orElse(null);
        Optional<Rankings.Place> place = rankings.placeInBranch(member, year);
        return new MemberStatement(memberId, member.name(), year, total, place.map(Rankings.Place::rank).orElse(null),
                place.map(Rankings.Place::of).orElse(null), member.orgId(), orgName, lines);
    }

    private static MemberStatement.Line line(PointRules rules, LedgerEntry e) {
        return new MemberStatement.Line(e.kind().name(), e.detail(), label(e), e.quantity(),
                PointsCalculator.worth(rules, e.kind(), e.detail(), e.quantity()), e.source(), e.occurredOn());
    }

    /** What the mini-program shows for an entry, in Chinese. */
    private static String label(LedgerEntry e) {
        String activity = e.detail() == null ? "" : typeLabel(e.detail());
        return switch (e.kind()) {
            case ATTENDED -> "参加" + activity;
            case ABSENT -> "无故缺席" + activity;
            case EXCUSED -> "请假" + activity;
            case DUES_ON_TIME -> "按时交纳党费";
            case DUES_LATE -> "补交党费";
            case CLASS_HOURS -> "学习学时";
        };
    }

    private static String typeLabel(String type) {
        try {
            return ActivityType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }
}
