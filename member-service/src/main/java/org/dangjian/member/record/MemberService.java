package org.dangjian.member.record;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.record.codes.MemberCodes;
import org.dangjian.member.rules.AdmissionAges;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering (administrators only: {@link MemberController}) and reading members. Reads run through the data-scope interceptor: a member outside the
 * caller's subtree is not found.
 */
@Service
public class MemberService {
    public static final String MEMBER_NOT_FOUND = "MEMBER_NOT_FOUND";

    private final MemberMapper members;
    private final OrgDirectory orgs;
    private final NewMembers newMembers;
    private final EventOutbox outbox;
    private final AdmissionAges admissionAges;
    /** "Today" is the users' date, whatever zone the server runs in (web-kit's business clock). */
    private final IdNumberOwners idNumberOwners;
    private final Clock clock;

    public MemberService(MemberMapper members, OrgDirectory orgs, NewMembers newMembers, EventOutbox outbox,
                         AdmissionAges admissionAges, IdNumberOwners idNumberOwners, Clock clock) {
        this.members = members;
        this.orgs = orgs;
        this.newMembers = newMembers;
        this.outbox = outbox;
        this.admissionAges = admissionAges;
        this.idNumberOwners = idNumberOwners;
        this.clock = clock;
    }

    @Transactional
    public Member register(CreateMemberRequest req) {
        CurrentUser caller = CurrentUsers.get();
        OrgRef org = memberHoldingOrg(req.orgId(), caller);
        MemberDraft draft = req.toDraft();
        List<ApiException.FieldProblem> problems = new ArrayList<>(MemberCodes.check(draft));
        problems.addAll(MemberRules.check(draft, LocalDate.now(clock), admissionAges.asSet()));
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", problems);
        }
        Member m = newMembers.record(draft, org, caller.accountId(), LocalDateTime.now(clock));
        try {
            members.insert(m);
        } catch (DuplicateKeyException e) {
            throw idNumberOwners.refusal(m.getIdNumberIdx(), null, "CREATE");
        }
        outbox.add(newMembers.registered(m, draft.normalizedPhone()));
        return m;
    }

    /** An organisation in the caller's scope that can take members now. */
    public OrgRef memberHoldingOrg(long orgId, CurrentUser caller) {
        OrgRef org = orgs.find(orgId).filter(o -> caller.covers(o.path()))
                .orElseThrow(() -> ApiException.invalidField("orgId", OrgDirectory.ORG_NOT_FOUND));
        if (!org.holdsMembers()) {
            throw ApiException.invalidField("orgId", "ORG_DOES_NOT_HOLD_MEMBERS");
        }
        if (org.dissolved()) {
            throw ApiException.invalidField("orgId", "ORG_DISSOLVED");
        }
        return org;
    }

    public Member get(long id) {
        Member m = members.selectById(id);
        if (m == null) {
            throw ApiException.notFound(MEMBER_NOT_FOUND);
        }
        return m;
    }
}
