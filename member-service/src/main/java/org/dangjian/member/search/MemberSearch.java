package org.dangjian.member.search;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Finds members in the caller's scope. The scope itself is added by the data-scope interceptor to the
 * page query and its count alike; this class only adds what the client asked for. ID and phone numbers
 * are stored encrypted, so they are matched exactly through their blind index, never by pattern.
 */
@Service
public class MemberSearch {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final MemberMapper members;
    private final OrgDirectory orgs;
    private final BlindIndex blindIndex;
    private final Clock clock;

    public MemberSearch(MemberMapper members, OrgDirectory orgs, BlindIndex blindIndex, Clock clock) {
        this.members = members;
        this.orgs = orgs;
        this.blindIndex = blindIndex;
        this.clock = clock;
    }

    public PageResult<Member> find(MemberSearchCriteria c, SearchSort sort, PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = c.problems(today);
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        LambdaQueryWrapper<Member> where = new LambdaQueryWrapper<>();
        if (c.orgId() != null) {
            OrgRef org = orgs.findInScope(c.orgId(), CurrentUsers.get());
            if (c.subtree()) {
                where.likeRight(Member::getOrgPath, org.path());
            } else {
                where.eq(Member::getOrgId, org.orgId());
            }
        }
        text(where, c.q());
        where.eq(c.idNumber() != null, Member::getIdNumberIdx, c.idNumber() == null ? null : blindIndex.of(c.idNumber()))
                .eq(c.phone() != null, Member::getPhoneIdx, c.phone() == null ? null : blindIndex.of(c.phone()))
                .in(!c.standings().isEmpty(), Member::getStanding, c.standings())
                .in(!c.states().isEmpty(), Member::getState, c.states())
                .eq(c.mobile() != null, Member::isMobile, c.mobile())
                .in(!c.educations().isEmpty(), Member::getEducation, c.educationCodes())
                .in(!c.ethnicities().isEmpty(), Member::getEthnicity, c.ethnicities())
                .eq(c.gender() != null, Member::getGender, c.gender());
        if (c.ageMin() != null) {
            where.le(Member::getBirthDate, c.bornOnOrBefore(today));
        }
        if (c.ageMax() != null) {
            where.ge(Member::getBirthDate, c.bornOnOrAfter(today));
        }
        if (c.joinYearFrom() != null) {
            where.ge(Member::getJoinDate, Year.of(c.joinYearFrom()).atDay(1));
        }
        if (c.joinYearTo() != null) {
            where.le(Member::getJoinDate, Year.of(c.joinYearTo()).atMonth(12).atEndOfMonth());
        }
        where.orderBy(true, !sort.descending(), sort.column());
        if (sort != SearchSort.BY_ID) {
            where.orderBy(true, !sort.descending(), Member::getId);
        }
        Page<Member> result = members.selectPage(new Page<>(page.page(), page.size()), where);
        return PageResult.of(result.getRecords(), result.getTotal(), page);
    }

    /**
     * The one search box: a valid ID number or a mobile number is looked up exactly (what a clerk pastes
     * in), anything else matches names containing it.
     */
    private void text(LambdaQueryWrapper<Member> where, String q) {
        if (q == null) {
            return;
        }
        if (ResidentIdNumbers.isValid(q)) {
            where.eq(Member::getIdNumberIdx, blindIndex.of(q.toUpperCase()));
        } else if (MOBILE.matcher(q).matches()) {
            where.eq(Member::getPhoneIdx, blindIndex.of(q));
        } else {
            where.like(Member::getName, q);
        }
    }
}
