package org.dangjian.member.record;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.contracts.member.MemberRegistered;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.orgs.OrgDirectory;
import org.dangjian.member.orgs.OrgRef;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and reading members. Reads run through the data-scope interceptor: a member outside the
 * caller's subtree is not found.
 */
@Service
public class MemberService {
    public static final String MEMBER_NOT_FOUND = "MEMBER_NOT_FOUND";
    public static final String ORG_NOT_FOUND = "ORG_NOT_FOUND";

    private final MemberMapper members;
    private final OrgDirectory orgs;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final EventOutbox outbox;

    public MemberService(MemberMapper members, OrgDirectory orgs, FieldCipher cipher, BlindIndex blindIndex,
                         EventOutbox outbox) {
        this.members = members;
        this.orgs = orgs;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.outbox = outbox;
    }

    @Transactional
    public Member register(CreateMemberRequest req) {
        CurrentUser caller = CurrentUsers.get();
        if (!caller.isCityAdmin() && !caller.hasRole(CurrentUser.ORG_ADMIN)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN");
        }
        OrgRef org = orgs.find(req.orgId()).filter(o -> caller.covers(o.path()))
                .orElseThrow(() -> ApiException.invalidField("orgId", ORG_NOT_FOUND));
        if (!org.holdsMembers()) {
            throw ApiException.invalidField("orgId", "ORG_DOES_NOT_HOLD_MEMBERS");
        }
        if (org.dissolved()) {
            throw ApiException.invalidField("orgId", "ORG_DISSOLVED");
        }
        String idNumber = req.idNumber().trim().toUpperCase();
        checkAgreesWithIdNumber(req, idNumber);

        LocalDateTime now = LocalDateTime.now();
        Member m = new Member();
        m.setOrgId(org.orgId());
        m.setOrgPath(org.path());
        m.setName(req.name().trim());
        m.setGender(req.gender());
        m.setIdNumberEnc(cipher.encrypt(idNumber));
        m.setIdNumberIdx(blindIndex.of(idNumber));
        m.setIdNumberMasked(Masking.idNumber(idNumber));
        if (req.phone() != null && !req.phone().isBlank()) {
            m.setPhoneEnc(cipher.encrypt(req.phone()));
            m.setPhoneIdx(blindIndex.of(req.phone()));
            m.setPhoneMasked(Masking.phone(req.phone()));
        }
        m.setBirthDate(req.birthDate());
        m.setJoinDate(req.joinDate());
        m.setStatus(req.status());
        m.setCreatedBy(caller.accountId());
        m.setCreatedAt(now);
        m.setUpdatedAt(now);
        try {
            members.insert(m);
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "MEMBER_ID_NUMBER_EXISTS",
                    List.of(new ApiException.FieldProblem("idNumber", "MEMBER_ID_NUMBER_EXISTS")));
        }
        outbox.add(new MemberRegistered(m.getId(), m.getOrgId(), m.getOrgPath(), m.getName(), m.getGender().name(),
                m.getBirthDate(), m.getJoinDate(), m.getStatus().name(), req.phone()));
        return m;
    }

    /** The ID number encodes birth date and sex; the record must not contradict it. */
    private static void checkAgreesWithIdNumber(CreateMemberRequest req, String idNumber) {
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        if (!IdNumbers.birthDate(idNumber).map(req.birthDate()::equals).orElse(false)) {
            problems.add(new ApiException.FieldProblem("birthDate", "MEMBER_BIRTH_DATE_DISAGREES"));
        }
        if (IdNumbers.gender(idNumber) != req.gender()) {
            problems.add(new ApiException.FieldProblem("gender", "MEMBER_GENDER_DISAGREES"));
        }
        if (!req.joinDate().isAfter(req.birthDate().plusYears(18).minusDays(1))) {
            problems.add(new ApiException.FieldProblem("joinDate", "MEMBER_JOINED_UNDER_18"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", problems);
        }
    }

    public Member get(long id) {
        Member m = members.selectById(id);
        if (m == null) {
            throw ApiException.notFound(MEMBER_NOT_FOUND);
        }
        return m;
    }

    /** Members of one organisation, or of its whole subtree, or everyone in the caller's scope. */
    public PageResult<Member> list(Long orgId, boolean subtree, PageQuery page) {
        LambdaQueryWrapper<Member> where = new LambdaQueryWrapper<Member>().orderByAsc(Member::getId);
        if (orgId != null) {
            CurrentUser caller = CurrentUsers.get();
            OrgRef org = orgs.find(orgId).filter(o -> caller.covers(o.path()))
                    .orElseThrow(() -> ApiException.notFound(ORG_NOT_FOUND));
            if (subtree) {
                where.likeRight(Member::getOrgPath, org.path());
            } else {
                where.eq(Member::getOrgId, orgId);
            }
        }
        Page<Member> result = members.selectPage(new Page<>(page.page(), page.size()), where);
        return PageResult.of(result.getRecords(), result.getTotal(), page);
    }
}
