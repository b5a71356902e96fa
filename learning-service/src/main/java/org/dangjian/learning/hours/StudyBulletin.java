package org.dangjian.learning.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.rules.RuleBook;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.rules.TrainingRuleDefinition;
import org.dangjian.learning.rules.TrainingRules;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The regular bulletin on how members study online (定期通报党员网上学习情况): for an organisation of the caller's
 * subtree, each organisation directly below it (and its own members apart) with its members, those who studied, the
 * hours, and those on pace for the year's requirement by the month's end (their own: a leader's when they sat on a
 * Party committee in the year, {@code leader_post}). One query over the subtree's members with
 * their hours summed (the roster's path index, the ledger's member-and-year key), added up here by organisation.
 * The members counted are those on the roll now.
 */
@Service
class StudyBulletin {
    static final String MONTH_OUT_OF_RANGE = "LEARNING_MONTH_OUT_OF_RANGE";
    static final String OWN_MEMBERS = "本级";
    private final OrgDirectory orgs;
    private final RuleBook rules;
    private final TrainingRuleDefinition training;
    private final JdbcClient jdbc;

    StudyBulletin(OrgDirectory orgs, RuleBook rules, TrainingRuleDefinition training, JdbcClient jdbc) {
        this.orgs = orgs;
        this.rules = rules;
        this.training = training;
        this.jdbc = jdbc;
    }

    StudyBulletinView of(Long orgId, int year, int month, CurrentUser caller) {
        if (year < ClassHours.FIRST_YEAR || year > ClassHours.LAST_YEAR) {
            throw ApiException.invalidField("year", ClassHours.YEAR_OUT_OF_RANGE);
        }
        if (month < 1 || month > 12) {
            throw ApiException.invalidField("month", MONTH_OUT_OF_RANGE);
        }
        OrgRef org = orgs.findInScope(orgId != null ? orgId : caller.orgId(), caller);
        TrainingRules inForce = rules.inForce(training, LocalDate.of(year, 12, 31));
        BigDecimal required = inForce.memberHours();
        BigDecimal pace = pace(required, month);
        BigDecimal leaderPace = pace(inForce.leaderHours(), month);

        Map<Long, Tally> tallies = new LinkedHashMap<>();
        Tally own = new Tally(org.orgId(), OWN_MEMBERS);
        for (OrgRef child : orgs.children(org.orgId())) {
            if (!child.dissolved()) {
                tallies.put(child.orgId(), new Tally(child.orgId(), child.name()));
            }
        }
        Tally total = new Tally(org.orgId(), org.name());
        jdbc.sql("SELECT m.org_path, COALESCE(SUM(e.hours), 0) AS hours, EXISTS (SELECT 1 FROM leader_post p"
                        + " WHERE p.member_id = m.member_id AND p.starts_on <= :last AND (p.ends_on IS NULL OR p.ends_on > :first))"
                        + " AS leader FROM member_ref m"
                        + " LEFT JOIN class_hour_entry e ON e.member_id = m.member_id AND e.year = :year AND e.earned_on <= :until"
                        + " WHERE " + SubtreePaths.under("m.org_path", "subtree") + " AND m.status IN ('PROBATIONARY', 'FULL')"
                        + " GROUP BY m.member_id, m.org_path")
                .param("year", year).param("until", YearMonth.of(year, month).atEndOfMonth())
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .param("subtree", org.path())
                .query((RowCallbackHandler) rs -> {
                    String path = rs.getString("org_path");
                    BigDecimal hours = rs.getBigDecimal("hours");
                    BigDecimal memberPace = rs.getBoolean("leader") ? leaderPace : pace;
                    String below = path.substring(org.path().length());
                    Tally tally = below.isEmpty() ? own
                            : tallies.get(Long.parseLong(below.substring(0, below.indexOf('/'))));
                    if (tally != null) { // null: a member of an organisation dissolved since
                        tally.add(hours, memberPace);
                    }
                    total.add(hours, memberPace);
                });
        List<StudyBulletinView.Row> rows = new ArrayList<>();
        if (own.members > 0) {
            rows.add(own.row());
        }
        tallies.values().forEach(t -> rows.add(t.row()));
        rows.sort(Comparator.comparingInt(StudyBulletinView.Row::onPacePercent).reversed()
                .thenComparing(Comparator.comparingInt(StudyBulletinView.Row::members).reversed()));
        return new StudyBulletinView(org.orgId(), org.name(), year, month, required, pace, inForce.leaderHours(),
                leaderPace, total.row(), rows);
    }

    /** The hours on pace by the month's end: the year's requirement × month / 12. */
    private static BigDecimal pace(BigDecimal required, int month) {
        return required.multiply(BigDecimal.valueOf(month)).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
    }

    /** One organisation's figures as its members' rows come. */
    private static final class Tally {
        /** Hours have one decimal, none too. */
        private static final BigDecimal NONE = new BigDecimal("0.0");
        private final long orgId;
        private final String name;
        private int members;
        private int studying;
        private int onPace;
        private BigDecimal hours = NONE;

        Tally(long orgId, String name) {
            this.orgId = orgId;
            this.name = name;
        }

        void add(BigDecimal memberHours, BigDecimal pace) {
            members++;
            studying += memberHours.signum() > 0 ? 1 : 0;
            onPace += memberHours.compareTo(pace) >= 0 ? 1 : 0;
            hours = hours.add(memberHours);
        }

        StudyBulletinView.Row row() {
            BigDecimal average = members == 0 ? NONE
                    : hours.divide(BigDecimal.valueOf(members), 1, RoundingMode.HALF_UP);
            return new StudyBulletinView.Row(orgId, name, members, studying, hours, average, onPace,
                    members == 0 ? 0 : onPace * 100 / members);
        }
    }
}
