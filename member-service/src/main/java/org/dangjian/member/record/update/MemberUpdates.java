package org.dangjian.member.record.update;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.member.record.ClearNumbers;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberDraft;
import org.dangjian.member.record.MemberRules;
import org.dangjian.member.rules.AdmissionAges;
import org.dangjian.member.record.MemberService;
import org.dangjian.member.record.NewMembers;
import org.dangjian.member.record.codes.MemberCodes;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.history.FieldChange;
import org.dangjian.member.record.history.MemberChanges;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile changes, by an administrator (any field, against the version they read) or by the member
 * themself (phone after an SMS code, whereabouts). The merged record passes the same {@link MemberRules}
 * as a new one; the change is kept in history and announced as {@code member.updated}.
 */
@Service
public class MemberUpdates {
    public static final String MEMBER_ANONYMISED = "MEMBER_ANONYMISED";
    private final MemberService members;
    private final MemberChanges changes;
    private final BlindIndex blindIndex;
    private final NewMembers numbers;
    private final ClearNumbers clear;
    private final EventOutbox outbox;
    private final EventSeal seal;
    private final AdmissionAges admissionAges;
    /** "Today" is the users' date, whatever zone the server runs in (web-kit's business clock). */
    private final Clock clock;

    public MemberUpdates(MemberService members, MemberChanges changes, BlindIndex blindIndex, NewMembers numbers,
                         ClearNumbers clear, EventOutbox outbox, EventSeal seal, AdmissionAges admissionAges, Clock clock) {
        this.members = members;
        this.changes = changes;
        this.blindIndex = blindIndex;
        this.numbers = numbers;
        this.clear = clear;
        this.outbox = outbox;
        this.seal = seal;
        this.admissionAges = admissionAges;
        this.clock = clock;
    }

    /** An administrator's change (the right is declared on the route); outside their subtree the member is not found. */
    @Transactional
    public Member update(long id, MemberPatch patch) {
        CurrentUser caller = CurrentUsers.get();
        Member m = members.get(id);
        requireVersion(m, patch.version());
        return apply(m, patch, ChangeActor.of(caller));
    }

    /** Applies the patch to a record the caller was allowed to load; no change writes nothing. */
    @Transactional
    public Member apply(Member m, MemberPatch patch, ChangeActor actor) {
        requireNotAnonymised(m);
        ProfileEdit edit = ProfileEdit.apply(m, patch, blindIndex, numbers);
        if (edit.changes().isEmpty() && edit.problems().isEmpty()) {
            return m;
        }
        String idNumber = edit.newIdNumber() != null ? edit.newIdNumber() : clear.idNumber(m);
        String phone = edit.phoneChanged() ? edit.newPhone() : clear.phone(m);
        List<FieldProblem> problems = new ArrayList<>(edit.problems());
        MemberDraft merged = MemberDraft.of(m, idNumber, phone);
        problems.addAll(MemberCodes.check(merged));
        problems.addAll(MemberRules.check(merged, LocalDate.now(clock), admissionAges.asSet()));
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        changes.commit(m, actor, edit.changes());
        List<String> fields = edit.changes().stream().map(FieldChange::field).toList();
        outbox.add(new MemberUpdated(m.getId(), m.getOrgId(), m.getOrgPath(), fields, m.getName(), seal.seal(phone),
                m.getPartyGroup(), m.getOccupation(), m.getEducation()));
        return m;
    }

    /** A record anonymised after its retention period is history: nobody writes a person back into it. */
    public static void requireNotAnonymised(Member m) {
        if (m.getAnonymisedAt() != null) {
            throw ApiException.conflict(MEMBER_ANONYMISED);
        }
    }

    /** The client must have read the current record; a stale version is someone else's change in between. */
    public static void requireVersion(Member m, Integer version) {
        if (version == null) {
            throw ApiException.invalidField("version", "MEMBER_VERSION_REQUIRED");
        }
        if (!version.equals(m.getVersion())) {
            throw ApiException.conflict(MemberChanges.MEMBER_CHANGED_CONCURRENTLY);
        }
    }
}
