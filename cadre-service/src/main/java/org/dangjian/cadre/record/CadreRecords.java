package org.dangjian.cadre.record;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.codes.CodeTables;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.crypto.Masking;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cadre records: created for a member of the caller's subtree (one record per member) or for someone who is not a
 * member, under an organisation of the caller's subtree; read within the caller's subtree (404 elsewhere: the scope
 * on {@link Cadre}).
 */
@Service
public class CadreRecords {
    public static final String NOT_FOUND = "CADRE_NOT_FOUND";
    static final String MEMBER_NOT_FOUND = "CADRE_MEMBER_NOT_FOUND";
    static final String MEMBER_RECORDED = "CADRE_MEMBER_ALREADY_RECORDED";
    static final String REQUIRED = "CADRE_FIELD_REQUIRED";
    static final String EDUCATION_UNKNOWN = "CADRE_EDUCATION_UNKNOWN";
    static final String MEMBER_DETAILS = "CADRE_MEMBER_DETAILS_FROM_RECORD";
    static final String ID_INVALID = "CADRE_ID_NUMBER_INVALID";
    static final String ID_MISMATCH = "CADRE_ID_NUMBER_MISMATCH";
    static final String PHONE_INVALID = "CADRE_PHONE_INVALID";
    static final String PERSON_RECORDED = "CADRE_PERSON_ALREADY_RECORDED";
    private final CadreMapper cadres;
    private final MemberRoster roster;
    private final OrgDirectory orgs;
    private final FieldCipher cipher;
    private final BlindIndex blindIndex;
    private final Clock clock;

    CadreRecords(CadreMapper cadres, MemberRoster roster, OrgDirectory orgs, FieldCipher cipher, BlindIndex blindIndex,
                 Clock clock) {
        this.cadres = cadres;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.roster = roster;
        this.orgs = orgs;
        this.clock = clock;
    }

    @Transactional
    public long create(CadreRequest request, CurrentUser by) {
        Cadre cadre = new Cadre();
        if (request.memberId() != null) {
            member(request, by, cadre);
        } else {
            notMember(request, by, cadre);
        }
        cadre.setCreatedBy(by.accountId());
        cadre.setCreatedAt(clock.instant());
        try {
            cadres.insert(cadre);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(cadre.getMemberId() != null ? MEMBER_RECORDED : PERSON_RECORDED);
        }
        return cadre.getId();
    }

    /** A member's details are the member record's: typing them again here is refused, naming the first field typed. */
    private void member(CadreRequest request, CurrentUser by, Cadre cadre) {
        String typed = typed(request.name()) ? "name" : request.gender() != null ? "gender"
                : request.birthDate() != null ? "birthDate" : typed(request.education()) ? "education"
                : typed(request.idNumber()) ? "idNumber" : typed(request.phone()) ? "phone" : null;
        if (typed != null) {
            throw ApiException.invalidField(typed, MEMBER_DETAILS);
        }
        MemberRef member = roster.find(request.memberId()).filter(m -> m.active() && by.covers(m.orgPath()))
                .orElseThrow(() -> ApiException.invalidField("memberId", MEMBER_NOT_FOUND));
        cadre.setMemberId(member.memberId());
        cadre.setOrgId(member.orgId());
        cadre.setOrgPath(member.orgPath());
    }

    private void notMember(CadreRequest request, CurrentUser by, Cadre cadre) {
        if (request.name() == null || request.name().isBlank()) {
            throw ApiException.invalidField("name", REQUIRED);
        }
        if (request.gender() == null) {
            throw ApiException.invalidField("gender", REQUIRED);
        }
        if (request.birthDate() == null) {
            throw ApiException.invalidField("birthDate", REQUIRED);
        }
        if (request.education() != null && !CodeTables.education().isValid(request.education())) {
            throw ApiException.invalidField("education", EDUCATION_UNKNOWN, request.education());
        }
        numbers(request, cadre);
        OrgRef org = ServingOrg.of(orgs, request.orgId(), by.orgId(), by);
        cadre.setOrgId(org.orgId());
        cadre.setOrgPath(org.path());
        cadre.setName(request.name().strip());
        cadre.setGender(request.gender().name());
        cadre.setBirthDate(request.birthDate());
        cadre.setEducation(request.education());
    }

    /**
     * A non-member's ID number (GB 11643, agreeing with the birth date and sex given) and mobile number, when given:
     * encrypted, the ID number blind-indexed (one record per person), both masked for display.
     */
    private void numbers(CadreRequest request, Cadre cadre) {
        if (typed(request.idNumber())) {
            String id = request.idNumber().strip().toUpperCase(java.util.Locale.ROOT);
            if (!ResidentIdNumbers.isValid(id)) {
                throw ApiException.invalidField("idNumber", ID_INVALID);
            }
            if (!request.birthDate().equals(ResidentIdNumbers.birthDate(id).orElse(null))
                    || ResidentIdNumbers.isMale(id) != (request.gender() == Gender.MALE)) {
                throw ApiException.invalidField("idNumber", ID_MISMATCH);
            }
            cadre.setIdNumberEnc(cipher.encrypt(id));
            cadre.setIdNumberIdx(blindIndex.of(id));
            cadre.setIdNumberMasked(Masking.idNumber(id));
        }
        if (typed(request.phone())) {
            String phone = request.phone().strip();
            if (!phone.matches("1[3-9]\\d{9}")) {
                throw ApiException.invalidField("phone", PHONE_INVALID);
            }
            cadre.setPhoneEnc(cipher.encrypt(phone));
            cadre.setPhoneMasked(Masking.phone(phone));
        }
    }

    /** The cadre records of the members among {@code memberIds} the caller may see: member id to cadre id. */
    public Map<Long, Long> recordedMembers(Collection<Long> memberIds) {
        Map<Long, Long> recorded = new java.util.HashMap<>();
        if (!memberIds.isEmpty()) {
            cadres.selectList(new LambdaQueryWrapper<Cadre>().in(Cadre::getMemberId, memberIds))
                    .forEach(c -> recorded.put(c.getMemberId(), c.getId()));
        }
        return recorded;
    }

    /**
     * The cadres who are not members, named one of {@code names}, that the caller may see, with their ID number's
     * blind index: an import finds the people it names among them.
     */
    public List<NonMember> nonMembersNamed(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return cadres.selectList(new LambdaQueryWrapper<Cadre>().isNull(Cadre::getMemberId).in(Cadre::getName, names))
                .stream().map(c -> new NonMember(c.getId(), c.getName(), c.getGender(), c.getBirthDate(),
                        c.getIdNumberIdx())).toList();
    }

    /** A recorded cadre who is not a member, as {@link #nonMembersNamed} finds them. */
    public record NonMember(long cadreId, String name, String gender, java.time.LocalDate birthDate,
                            String idNumberIdx) {
    }

    /** The blind index of an ID number, as records keep it, for comparing a typed number with theirs. */
    public String idNumberIndex(String idNumber) {
        return blindIndex.of(idNumber);
    }

    /** A non-member's numbers in clear, for {@code CadreUnmasking} once it checked the right and wrote the audit. */
    public ClearNumbers clearNumbers(long id) {
        Cadre cadre = cadres.selectById(id);
        if (cadre == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return new ClearNumbers(cadre.getMemberId(), cadre.getOrgId(),
                cadre.getIdNumberEnc() == null ? null : cipher.decrypt(cadre.getIdNumberEnc()),
                cadre.getPhoneEnc() == null ? null : cipher.decrypt(cadre.getPhoneEnc()));
    }

    /** What {@link #clearNumbers} answers: whose, where, and the numbers (null where none is kept). */
    public record ClearNumbers(Long memberId, long orgId, String idNumber, String phone) {
    }

    /** The cadre in the caller's subtree, 404 otherwise. */
    public Person person(long id) {
        Cadre cadre = cadres.selectById(id);
        if (cadre == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return persons(List.of(cadre)).get(id);
    }

    /** The cadres among {@code ids} in the caller's subtree, in two queries (the records, then their members). */
    public Map<Long, Person> persons(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return persons(cadres.selectList(new LambdaQueryWrapper<Cadre>().in(Cadre::getId, ids)));
    }

    private Map<Long, Person> persons(List<Cadre> found) {
        Map<Long, MemberRef> members = roster.findAll(found.stream().map(Cadre::getMemberId)
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, Person> persons = new LinkedHashMap<>();
        for (Cadre c : found) {
            MemberRef m = c.getMemberId() == null ? null : members.get(c.getMemberId());
            persons.put(c.getId(), m == null
                    ? new Person(c.getId(), c.getMemberId(), c.getOrgId(), c.getOrgPath(), c.getName(), c.getGender(),
                            c.getBirthDate(), c.getEducation(), c.getIdNumberMasked(), c.getPhoneMasked())
                    : new Person(c.getId(), c.getMemberId(), c.getOrgId(), c.getOrgPath(), m.name(), m.gender(),
                            m.birthDate(), m.education(), null, null));
        }
        return persons;
    }

    private static boolean typed(String text) {
        return text != null && !text.isBlank();
    }
}
