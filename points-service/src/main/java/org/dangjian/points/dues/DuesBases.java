package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.rules.RuleBook;
import org.dangjian.points.totals.Totals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator enters each member's base once a year; the monthly amount follows from the brackets and the
 * group from the member's occupation ({@link OccupationDuesGroup}). Entering it again for the same year replaces it
 * (both stay in dues_base_log). The member's total is refreshed: a base makes the year's unpaid months count. A
 * year's base keeps the group it was set with: a changed occupation reaches the next base set, since the base
 * itself means something else in another group (pay, pension, the farmer's amount) and only the branch knows the
 * new one.
 */
@Service
class DuesBases {
    static final String BAD_BASE = "POINTS_DUES_BAD_BASE";
    static final String YEAR_OUT_OF_RANGE = "POINTS_DUES_YEAR_OUT_OF_RANGE";
    private final DuesAccess access;
    private final JdbcClient jdbc;
    private final Totals totals;
    private final Clock clock;
    private final RuleBook rules;
    private final DuesRuleDefinition duesRules;

    DuesBases(DuesAccess access, JdbcClient jdbc, Totals totals, Clock clock, RuleBook rules,
              DuesRuleDefinition duesRules) {
        this.rules = rules;
        this.duesRules = duesRules;
        this.access = access;
        this.jdbc = jdbc;
        this.totals = totals;
        this.clock = clock;
    }

    @Transactional
    public DuesBaseView set(SetBaseRequest r, CurrentUser caller) {
        MemberRef member = access.memberFor(r.memberId());
        // Last year (back-payments reach into it), this year, or next year's set in December.
        int thisYear = LocalDate.now(clock).getYear();
        if (r.year() < thisYear - 1 || r.year() > thisYear + 1) {
            throw ApiException.invalidField("year", YEAR_OUT_OF_RANGE);
        }
        DuesGroup group = OccupationDuesGroup.of(member, r.group());
        BigDecimal monthly = DuesBrackets.monthlyAmount(rulesFor(r.year()), group, r.base())
                .orElseThrow(() -> ApiException.invalidField("base", BAD_BASE));
        Instant now = clock.instant();
        boolean replaced = find(member.memberId(), r.year()).isPresent();
        Object[] row = {member.memberId(), r.year(), group.name(), r.base(), monthly, caller.accountId(),
                Timestamp.from(now)};
        jdbc.sql("INSERT INTO dues_base (member_id, year, dues_group, base, monthly_amount, set_by, set_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE dues_group = VALUES(dues_group),"
                + " base = VALUES(base), monthly_amount = VALUES(monthly_amount), set_by = VALUES(set_by),"
                + " set_at = VALUES(set_at)").params(row).update();
        jdbc.sql("INSERT INTO dues_base_log (member_id, year, dues_group, base, monthly_amount, set_by, set_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)").params(row).update();
        // A year still to come owes no months yet, and its ledger did not change: nothing to recompute.
        if (r.year() <= thisYear) {
            totals.refresh(List.of(member.memberId()), r.year());
        }
        return new DuesBaseView(member.memberId(), r.year(), group, r.base(), monthly, caller.accountId(), now,
                replaced);
    }

    /**
     * The amount is set for a year under the rules of that year, as they stand when it is set: the rules in
     * force on its first day, or on the day it is set if that is later (a change from mid-year reaches a base
     * set after it, never one set before).
     */
    private DuesRules rulesFor(int year) {
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        LocalDate today = LocalDate.now(clock);
        return rules.inForce(duesRules, today.isAfter(firstDay) ? today : firstDay);
    }

    Optional<DuesBaseView> find(long memberId, int year) {
        return jdbc.sql(ScopedSql.of("SELECT b.member_id, b.year, b.dues_group, b.base, b.monthly_amount, b.set_by,"
                        + " b.set_at FROM dues_base b" + DuesSql.ROSTER.formatted("b")
                        + " WHERE b.member_id = ? AND b.year = ?")).params(memberId, year)
                .query((rs, i) -> new DuesBaseView(rs.getLong(1), rs.getInt(2), DuesGroup.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getLong(6), rs.getTimestamp(7).toInstant(), false))
                .optional();
    }
}
