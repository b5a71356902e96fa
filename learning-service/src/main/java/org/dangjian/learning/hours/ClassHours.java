package org.dangjian.learning.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.rules.RuleBook;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.leaders.LeaderPosts;
import org.dangjian.learning.rules.TrainingRuleDefinition;
import org.dangjian.learning.rules.TrainingRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A member's class hours in a year, for the member themself and the administrators and auditors of their subtree
 * (anyone else: not found). Measured against the leaders' requirement when the member sat on a Party committee at
 * any time in the year ({@link LeaderPosts}, from cadre-service), against the members' otherwise.
 */
@Service
class ClassHours {
    static final String NOT_FOUND = "LEARNING_MEMBER_NOT_FOUND";
    static final String YEAR_OUT_OF_RANGE = "LEARNING_YEAR_OUT_OF_RANGE";
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private final MemberRoster roster;
    private final RuleBook rules;
    private final TrainingRuleDefinition training;
    private final JdbcClient jdbc;
    private final LeaderPosts leaders;

    ClassHours(MemberRoster roster, RuleBook rules, TrainingRuleDefinition training, JdbcClient jdbc,
               LeaderPosts leaders) {
        this.roster = roster;
        this.rules = rules;
        this.training = training;
        this.jdbc = jdbc;
        this.leaders = leaders;
    }

    ClassHoursView of(long memberId, int year, CurrentUser caller) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ApiException.invalidField("year", YEAR_OUT_OF_RANGE);
        }
        MemberRef member = roster.find(memberId)
                .filter(m -> Long.valueOf(memberId).equals(caller.memberId()) || caller.covers(m.orgPath()))
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        List<ClassHoursView.Entry> entries = jdbc.sql("SELECT hours, activity, earned_on FROM class_hour_entry"
                        + " WHERE member_id = ? AND year = ? ORDER BY earned_on DESC, id DESC")
                .params(memberId, year).query(ClassHoursView.Entry.class).list();
        BigDecimal hours = entries.stream().map(ClassHoursView.Entry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        TrainingRules inForce = rules.inForce(training, LocalDate.of(year, 12, 31));
        boolean leader = leaders.leaderIn(memberId, year);
        BigDecimal required = leader ? inForce.leaderHours() : inForce.memberHours();
        int percent = required.signum() == 0 ? 100
                : hours.multiply(BigDecimal.valueOf(100)).divide(required, 0, RoundingMode.DOWN).intValue();
        return new ClassHoursView(memberId, member.name(), year, hours, required, percent,
                leader ? Requirement.LEADER : Requirement.MEMBER, entries);
    }
}
