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
    private final CadreMapper cadres;
    private final MemberRoster roster;
    private final OrgDirectory orgs;
    private final Clock clock;

    CadreRecords(CadreMapper cadres, MemberRoster roster, OrgDirectory orgs, Clock clock) {
        this.cadres = cadres;
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
            throw ApiException.conflict(MEMBER_RECORDED);
        }
        return cadre.getId();
    }

    /** A member's details are the member record's: typing them again here is refused, naming the first field typed. */
    private void member(CadreRequest request, CurrentUser by, Cadre cadre) {
        String typed = typed(request.name()) ? "name" : request.gender() != null ? "gender"
                : request.birthDate() != null ? "birthDate" : typed(request.education()) ? "education" : null;
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
        OrgRef org = ServingOrg.of(orgs, request.orgId(), by.orgId(), by);
        cadre.setOrgId(org.orgId());
        cadre.setOrgPath(org.path());
        cadre.setName(request.name().strip());
        cadre.setGender(request.gender().name());
        cadre.setBirthDate(request.birthDate());
        cadre.setEducation(request.education());
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
                            c.getBirthDate(), c.getEducation())
                    : new Person(c.getId(), c.getMemberId(), c.getOrgId(), c.getOrgPath(), m.name(), m.gender(),
                            m.birthDate(), m.education()));
        }
        return persons;
    }

    private static boolean typed(String text) {
        return text != null && !text.isBlank();
    }
}
