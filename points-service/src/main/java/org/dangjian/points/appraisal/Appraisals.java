package org.dangjian.points.appraisal;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.points.roster.RosterMember;
import org.dangjian.points.roster.RosterMemberMapper;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual member appraisal (民主评议党员): a branch records the year's summaries and its grade of each
 * member appraised, at most a share of them excellent ({@link ExcellentShares}); administrators read a
 * branch's appraisal with each member's points beside the grade as a reference, members their own grades.
 */
@Service
class Appraisals {
    static final String NOT_A_BRANCH = "POINTS_APPRAISAL_NOT_A_BRANCH";
    static final String MEMBER_TWICE = "POINTS_APPRAISAL_MEMBER_TWICE";
    static final String NOT_IN_BRANCH = "POINTS_MEMBER_NOT_IN_BRANCH";
    static final String YEAR_TO_COME = "POINTS_APPRAISAL_YEAR_TO_COME";
    static final String TOO_MANY_EXCELLENT = "POINTS_APPRAISAL_TOO_MANY_EXCELLENT";
    static final String MEMBER_NOT_FOUND = "POINTS_MEMBER_NOT_FOUND";

    private final OrgDirectory orgs;
    private final MemberRoster roster;
    private final RosterMemberMapper rosterInScope;
    private final AppraisalMapper appraisals;
    private final AppraisalGradeMapper grades;
    private final ExcellentShares shares;
    private final JdbcTemplate batch;
    private final JdbcClient jdbc;
    private final Clock clock;

    Appraisals(OrgDirectory orgs, MemberRoster roster, RosterMemberMapper rosterInScope, AppraisalMapper appraisals,
               AppraisalGradeMapper grades, ExcellentShares shares, JdbcTemplate batch, JdbcClient jdbc, Clock clock) {
        this.orgs = orgs;
        this.roster = roster;
        this.rosterInScope = rosterInScope;
        this.appraisals = appraisals;
        this.grades = grades;
        this.shares = shares;
        this.batch = batch;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Administrators of the branch or above (the controller says so): records or replaces the year's appraisal. */
    @Transactional
    public AppraisalView record(AppraisalRequest r, CurrentUser caller) {
        OrgRef branch = branch(r.orgId(), caller);
        if (r.year() > LocalDate.now(clock).getYear()) {
            throw ApiException.invalidField("year", YEAR_TO_COME);
        }
        check(r, branch);
        Appraisal appraisal = find(branch.orgId(), r.year());
        if (appraisal == null) {
            appraisal = new Appraisal();
            appraisal.setOrgId(branch.orgId());
            appraisal.setOrgPath(branch.path());
            appraisal.setYear(r.year());
        }
        appraisal.setSelfAssessment(r.selfAssessment());
        appraisal.setMutualAssessment(r.mutualAssessment());
        appraisal.setRecordedBy(caller.accountId());
        appraisal.setRecordedAt(clock.instant());
        if (appraisal.getId() == null) {
            appraisals.insert(appraisal);
        } else {
            appraisals.updateById(appraisal);
            grades.delete(Wrappers.<AppraisalGrade>lambdaQuery().eq(AppraisalGrade::getAppraisalId, appraisal.getId()));
        }
        long id = appraisal.getId();
        batch.batchUpdate("INSERT INTO appraisal_grade (appraisal_id, member_id, org_id, org_path, year, grade, remark)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                r.grades().stream().map(g -> new Object[] {id, g.memberId(), branch.orgId(), branch.path(), r.year(),
                        g.grade().name(), blankToNull(g.remark())}).toList());
        return of(branch.orgId(), r.year(), caller);
    }

    /** Administrators and auditors: a branch's appraisal of a year, or its roll with nothing graded yet. */
    public AppraisalView of(long orgId, int year, CurrentUser caller) {
        OrgRef branch = branch(orgId, caller);
        Appraisal appraisal = find(branch.orgId(), year);
        Map<Long, AppraisalGrade> graded = new LinkedHashMap<>();
        if (appraisal != null) {
            grades.selectList(Wrappers.<AppraisalGrade>lambdaQuery().eq(AppraisalGrade::getAppraisalId, appraisal.getId()))
                    .forEach(g -> graded.put(g.getMemberId(), g));
        }
        Map<Long, MemberRef> members = new HashMap<>();
        rosterInScope.selectList(Wrappers.<RosterMember>lambdaQuery().eq(RosterMember::getOrgId, branch.orgId()))
                .stream().map(RosterMember::toRef).filter(MemberRef::active).forEach(m -> members.put(m.memberId(), m));
        roster.findAll(graded.keySet()).forEach(members::putIfAbsent);
        Set<Long> listed = new HashSet<>(members.keySet());
        listed.addAll(graded.keySet());
        Map<Long, BigDecimal> points = points(listed, year);
        List<AppraisalView.Line> lines = new ArrayList<>();
        for (long memberId : listed) {
            MemberRef m = members.get(memberId);
            AppraisalGrade g = graded.get(memberId);
            lines.add(new AppraisalView.Line(memberId, m == null ? null : m.name(),
                    g == null ? null : Grade.valueOf(g.getGrade()), g == null ? null : g.getRemark(), points.get(memberId)));
        }
        lines.sort(Comparator.comparing(AppraisalView.Line::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AppraisalView.Line::memberId));
        int appraised = appraisal == null ? 0 : graded.size();
        return new AppraisalView(branch.orgId(), branch.name(), year, appraisal != null,
                appraisal == null ? null : appraisal.getSelfAssessment(),
                appraisal == null ? null : appraisal.getMutualAssessment(),
                appraisal == null ? null : appraisal.getRecordedAt(),
                shares.forYear(year).mostExcellentOf(appraised), lines);
    }

    /** A member's grades, newest year first: the member themself or administrators of their subtree. */
    public List<MemberAppraisalView> ofMember(long memberId) {
        rosterInScope.findInScope(memberId).orElseThrow(() -> ApiException.notFound(MEMBER_NOT_FOUND));
        List<AppraisalGrade> rows = grades.selectList(Wrappers.<AppraisalGrade>lambdaQuery()
                .eq(AppraisalGrade::getMemberId, memberId).orderByDesc(AppraisalGrade::getYear));
        Map<Long, OrgRef> branches = orgs.findAll(rows.stream().map(AppraisalGrade::getOrgId).distinct().toList());
        return rows.stream().map(g -> new MemberAppraisalView(g.getYear(), g.getOrgId(),
                branches.containsKey(g.getOrgId()) ? branches.get(g.getOrgId()).name() : null,
                Grade.valueOf(g.getGrade()), g.getRemark())).toList();
    }

    private OrgRef branch(long orgId, CurrentUser caller) {
        OrgRef org = orgs.findInScope(orgId, caller);
        if (!org.holdsMembers()) {
            throw ApiException.invalidField("orgId", NOT_A_BRANCH);
        }
        return org;
    }

    /** Every bad line at once, by its index; then the share of excellent grades over the whole list. */
    private void check(AppraisalRequest r, OrgRef branch) {
        Map<Long, MemberRef> members = roster.findAll(r.grades().stream().map(AppraisalRequest.MemberGrade::memberId).toList());
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < r.grades().size(); i++) {
            AppraisalRequest.MemberGrade g = r.grades().get(i);
            MemberRef m = members.get(g.memberId());
            if (!seen.add(g.memberId())) {
                problems.add(new FieldProblem("grades[" + i + "].memberId", MEMBER_TWICE));
            } else if (m == null || m.orgId() != branch.orgId() || !m.active()) {
                problems.add(new FieldProblem("grades[" + i + "].memberId", NOT_IN_BRANCH));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        int excellent = (int) r.grades().stream().filter(g -> g.grade() == Grade.EXCELLENT).count();
        ExcellentShare share = shares.forYear(r.year());
        if (!share.allows(excellent, r.grades().size())) {
            throw ApiException.invalidField("grades", TOO_MANY_EXCELLENT, excellent, r.grades().size(),
                    share.mostExcellentOf(r.grades().size()));
        }
    }

    private Appraisal find(long orgId, int year) {
        return appraisals.selectOne(Wrappers.<Appraisal>lambdaQuery().eq(Appraisal::getOrgId, orgId)
                .eq(Appraisal::getYear, year));
    }

    private Map<Long, BigDecimal> points(Set<Long> memberIds, int year) {
        Map<Long, BigDecimal> points = new HashMap<>();
        if (memberIds.isEmpty()) {
            return points;
        }
        jdbc.sql("SELECT member_id, total FROM member_total WHERE year = :year AND member_id IN (:ids)")
                .param("year", year).param("ids", memberIds)
                .query(rs -> {
                    points.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return points;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
