package org.dangjian.member.lifecycle;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.dangjian.contracts.recruitment.RecruitmentAdmitted;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.record.codes.MemberCodes;
import org.dangjian.member.record.Gender;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberDraft;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.MemberRules;
import org.dangjian.member.rules.AdmissionAges;
import org.dangjian.member.record.PartyStanding;
import org.dangjian.member.record.NewMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * {@code recruitment.admitted}: the applicant becomes a probationary member, checked by the same
 * {@link MemberRules} as every other new member. An applicant already admitted is left alone. Data that
 * cannot make a record is logged by applicant id and field names only (the event carries an ID number in
 * clear) and skipped, so one bad event does not block the partition. An organisation not known yet is
 * thrown, so the inbox retries (the org event may still be on its way) and finally dead-letters.
 */
@Component
class Admissions {
    private static final Logger log = LoggerFactory.getLogger(Admissions.class);
    private final MemberMapper members;
    private final OrgDirectory orgs;
    private final NewMembers newMembers;
    private final EventOutbox outbox;
    private final EventSeal seal;
    private final AdmissionAges admissionAges;
    /** "Today" is the users' date, whatever zone the server runs in (web-kit's business clock). */
    private final Clock clock;

    Admissions(MemberMapper members, OrgDirectory orgs, NewMembers newMembers, EventOutbox outbox,
               EventSeal seal, AdmissionAges admissionAges, Clock clock) {
        this.members = members;
        this.orgs = orgs;
        this.newMembers = newMembers;
        this.outbox = outbox;
        this.seal = seal;
        this.admissionAges = admissionAges;
        this.clock = clock;
    }

    void admit(RecruitmentAdmitted event) {
        if (members.exists(new LambdaQueryWrapper<Member>().eq(Member::getApplicantId, event.applicantId()))) {
            log.info("applicant {} already admitted, nothing to do", event.applicantId());
            return;
        }
        OrgRef org = orgs.find(event.orgId()).orElseThrow(() ->
                new IllegalStateException("organisation " + event.orgId() + " of applicant " + event.applicantId()
                        + " is not known yet"));
        Optional<MemberDraft> draft = draft(event, org, seal.open(event.idNumber()), seal.open(event.phone()));
        if (draft.isEmpty()) {
            return;
        }
        List<FieldProblem> problems = MemberRules.check(draft.get(), LocalDate.now(clock), admissionAges.asSet());
        if (!problems.isEmpty()) {
            log.warn("admission of applicant {} skipped, invalid fields: {}", event.applicantId(),
                    problems.stream().map(p -> p.field() + "=" + p.message()).toList());
            return;
        }
        Member m = newMembers.record(draft.get(), org, null, LocalDateTime.now(clock));
        m.setApplicantId(event.applicantId());
        try {
            members.insert(m);
        } catch (DuplicateKeyException e) {
            log.warn("admission of applicant {} skipped: a member with the same ID number exists",
                    event.applicantId());
            return;
        }
        outbox.add(newMembers.registered(m, draft.get().normalizedPhone()));
    }

    private static Optional<MemberDraft> draft(RecruitmentAdmitted e, OrgRef org, String idNumber, String phone) {
        Gender gender;
        try {
            gender = Gender.valueOf(e.gender());
        } catch (IllegalArgumentException | NullPointerException ex) {
            log.warn("admission of applicant {} skipped, invalid fields: [gender]", e.applicantId());
            return Optional.empty();
        }
        if (e.name() == null || e.name().isBlank() || e.birthDate() == null || e.admissionDate() == null) {
            log.warn("admission of applicant {} skipped, missing name, birth date or admission date", e.applicantId());
            return Optional.empty();
        }
        String ethnicity = e.ethnicity() == null || e.ethnicity().isBlank() ? MemberCodes.HAN
                : MemberCodes.ethnicity(e.ethnicity()).orElse(e.ethnicity());
        // recruitment-service sends the GB/T 4658 code or a name; one it does not know is left unrecorded
        String education = MemberCodes.education(e.education()).orElse(null);
        return Optional.of(new MemberDraft(org.orgId(), null, e.name(), gender, ethnicity, e.birthDate(), null,
                idNumber, phone, education, null, null, null, null, PartyStanding.PROBATIONARY, false, false,
                e.admissionDate(), null, null));
    }
}
