package org.dangjian.points.dues;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.points.totals.Totals;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a reduction or exemption with the approval behind it. It changes what is due for its months
 * (an exempt month is neither owed nor payable); months already paid keep what was paid. Ranges of one
 * member never overlap, so every month has exactly one amount.
 */
@Service
class DuesReductions {
    static final String NO_BASE = "POINTS_DUES_NO_BASE";
    static final String MONTHS_BACKWARDS = "POINTS_DUES_MONTHS_BACKWARDS";
    static final String NOT_A_REDUCTION = "POINTS_DUES_NOT_A_REDUCTION";
    static final String OVERLAPS = "POINTS_DUES_REDUCTION_OVERLAPS";
    private final DuesAccess access;
    private final DuesBases bases;
    private final JdbcClient jdbc;
    private final Totals totals;
    private final Clock clock;

    DuesReductions(DuesAccess access, DuesBases bases, JdbcClient jdbc, Totals totals, Clock clock) {
        this.access = access;
        this.bases = bases;
        this.jdbc = jdbc;
        this.totals = totals;
        this.clock = clock;
    }

    @Transactional
    public ReductionView record(ReductionRequest r, CurrentUser caller) {
        MemberRef member = access.memberFor(r.memberId());
        if (r.toMonth() < r.fromMonth()) {
            throw ApiException.invalidField("toMonth", MONTHS_BACKWARDS);
        }
        DuesBaseView base = bases.find(member.memberId(), r.year())
                .orElseThrow(() -> ApiException.invalidField("year", NO_BASE));
        if (r.monthlyAmount().compareTo(base.monthlyAmount()) >= 0) {
            throw ApiException.invalidField("monthlyAmount", NOT_A_REDUCTION, base.monthlyAmount());
        }
        // The base row, locked, serialises reductions of a member's year: two overlapping ones cannot both pass.
        jdbc.sql("SELECT 1 FROM dues_base WHERE member_id = ? AND year = ? FOR UPDATE")
                .params(member.memberId(), r.year()).query(Integer.class).list();
        Integer overlapping = jdbc.sql(ScopedSql.of("SELECT COUNT(*) FROM dues_reduction x" + DuesSql.ROSTER.formatted("x")
                        + " WHERE x.member_id = ? AND x.year = ? AND x.from_month <= ? AND x.to_month >= ?"))
                .params(member.memberId(), r.year(), r.toMonth(), r.fromMonth()).query(Integer.class).single();
        if (overlapping > 0) {
            throw new ApiException(HttpStatus.CONFLICT, OVERLAPS, List.of(new FieldProblem("fromMonth", OVERLAPS)));
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO dues_reduction (member_id, year, from_month, to_month, monthly_amount, reason,"
                        + " approved_by, approved_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(member.memberId(), r.year(), r.fromMonth(), r.toMonth(), r.monthlyAmount(), r.reason(),
                        r.approvedBy(), Date.valueOf(r.approvedOn()), caller.accountId(),
                        Timestamp.from(clock.instant()))
                .update(key);
        // A year still to come owes no months yet, and its ledger did not change: nothing to recompute.
        if (r.year() <= LocalDate.now(clock).getYear()) {
            totals.refresh(List.of(member.memberId()), r.year());
        }
        return new ReductionView(key.getKey().longValue(), member.memberId(), r.year(), r.fromMonth(), r.toMonth(),
                r.monthlyAmount(), r.reason(), r.approvedBy(), r.approvedOn());
    }
}
