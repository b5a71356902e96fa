package org.dangjian.cadre.excel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.cadre.appointment.AppointmentRequest;
import org.dangjian.cadre.appointment.Appointments;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.cadre.record.CadreRecords;
import org.dangjian.cadre.record.CadreRequest;
import org.dangjian.cadre.reserve.ReserveRequest;
import org.dangjian.cadre.reserve.Reserves;
import org.dangjian.kit.excel.ImportRejectedException;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.roster.MemberRef;
import org.dangjian.kit.roster.MemberRoster;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Going live with a roster (干部名册): the whole file or nothing. Every row is read on its own, then against the
 * platform: organisations by code within the caller's subtree, members by name and date of birth among those on the
 * roll there, records and posts already kept, one secretary per organisation (in the file and already in post).
 * Only a file without a problem is applied, in one transaction: a record for each person not yet recorded (a member
 * linked, anyone else with their own details), then the posts, each announced as {@code cadre.appointment-changed},
 * and the reserve entries. Records already kept get the new posts; their details are not changed.
 */
@Service
public class CadreImport {
    static final String ORG_NOT_FOUND = "CADRE_ORG_NOT_FOUND";
    static final String MEMBER_NOT_FOUND = "CADRE_IMPORT_MEMBER_NOT_FOUND";
    static final String MEMBER_AMBIGUOUS = "CADRE_IMPORT_MEMBER_AMBIGUOUS";
    static final String SEX_DIFFERS = "CADRE_IMPORT_SEX_DIFFERS";
    static final String PERSON_DIFFERS = "CADRE_IMPORT_PERSON_DIFFERS";
    static final String DUPLICATE = "CADRE_IMPORT_DUPLICATE_ROW";
    static final String SECRETARY_TWICE = "CADRE_IMPORT_SECRETARY_TWICE";
    static final String HAS_SECRETARY = "CADRE_ORG_HAS_SECRETARY";
    static final String ALREADY_HOLDS = "CADRE_ALREADY_HOLDS_POST";
    static final String ALREADY_IN_RESERVE = "CADRE_ALREADY_IN_RESERVE";
    private static final Logger log = LoggerFactory.getLogger(CadreImport.class);

    private final OrgDirectory orgs;
    private final MemberRoster roster;
    private final CadreRecords records;
    private final Appointments appointments;
    private final Reserves reserves;
    private final Clock clock;

    CadreImport(OrgDirectory orgs, MemberRoster roster, CadreRecords records, Appointments appointments,
                Reserves reserves, Clock clock) {
        this.orgs = orgs;
        this.roster = roster;
        this.records = records;
        this.appointments = appointments;
        this.reserves = reserves;
        this.clock = clock;
    }

    /** For administrators (declared on the route). @return how many rows (posts and reserve entries) were recorded */
    @Transactional
    public int importRows(List<SheetRow> rows) {
        CurrentUser caller = CurrentUsers.get();
        long start = System.nanoTime();
        List<RowProblem> problems = new ArrayList<>();
        List<CadreRow> parsed = new CadreRowParser(LocalDate.now(clock)).parseAll(rows, problems);
        Map<String, OrgRef> visible = orgs.findByCodesInScope(
                parsed.stream().map(CadreRow::orgCode).collect(Collectors.toSet()), caller);
        Map<String, MemberRef> members = members(parsed, caller, problems);
        Map<String, CadreRow> firstOfPerson = samePersonAgrees(parsed, problems);
        noRowTwice(parsed, problems);
        for (CadreRow row : parsed) {
            OrgRef org = visible.get(row.orgCode());
            if (org == null || org.dissolved()) {
                problems.add(new RowProblem(row.row(), CadreSheet.ORG_CODE, ORG_NOT_FOUND));
            }
        }
        Map<String, Long> recorded = recorded(firstOfPerson.values(), members);
        notHeldAlready(parsed, visible, recorded, problems);
        if (!problems.isEmpty()) {
            problems.sort(RowProblem.inSheetOrder(CadreSheet.LAYOUT));
            throw new ImportRejectedException(CadreSheet.CODES, problems, rows);
        }
        long checked = System.nanoTime();

        Map<String, Long> cadreIds = new HashMap<>(recorded);
        for (CadreRow first : firstOfPerson.values()) {
            cadreIds.computeIfAbsent(first.personKey(), key -> records.create(request(first, members.get(key),
                    visible.get(first.orgCode())), caller));
        }
        List<Appointments.CheckedPost> posts = new ArrayList<>();
        List<Reserves.CheckedReserve> kept = new ArrayList<>();
        for (CadreRow row : parsed) {
            long cadreId = cadreIds.get(row.personKey());
            OrgRef org = visible.get(row.orgCode());
            if (row.holds()) {
                posts.add(new Appointments.CheckedPost(cadreId, org, new AppointmentRequest(org.orgId(),
                        row.position(), row.method(), row.startsOn(), row.termEndsOn())));
            } else {
                kept.add(new Reserves.CheckedReserve(cadreId, org, new ReserveRequest(org.orgId(), row.position(),
                        row.startsOn())));
            }
        }
        appointments.addChecked(posts, records.persons(posts.stream().map(Appointments.CheckedPost::cadreId)
                .collect(Collectors.toSet())), caller);
        reserves.addChecked(kept, caller);
        log.info("account {} imported {} cadre rows ({} people, {} new): checked in {} ms, recorded in {} ms",
                caller.accountId(), parsed.size(), firstOfPerson.size(), firstOfPerson.size() - recorded.size(),
                (checked - start) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        return parsed.size();
    }

    /**
     * The member each member row names: the one on the roll in the caller's subtree with that name and date of birth
     * (a member has one record; two namesakes born the same day are told apart by hand), by person key.
     */
    private Map<String, MemberRef> members(List<CadreRow> parsed, CurrentUser caller, List<RowProblem> problems) {
        Set<String> names = parsed.stream().filter(CadreRow::member).map(CadreRow::name).collect(Collectors.toSet());
        Map<String, List<MemberRef>> onRoll = roster.findNamed(names).stream()
                .filter(m -> m.active() && caller.covers(m.orgPath()) && m.birthDate() != null)
                .collect(Collectors.groupingBy(m -> m.name() + "/" + m.birthDate()));
        Map<String, MemberRef> found = new HashMap<>();
        for (CadreRow row : parsed) {
            if (!row.member()) {
                continue;
            }
            List<MemberRef> candidates = onRoll.getOrDefault(row.name() + "/" + row.birthDate(), List.of());
            if (candidates.isEmpty()) {
                problems.add(new RowProblem(row.row(), CadreSheet.NAME, MEMBER_NOT_FOUND));
            } else if (candidates.size() > 1) {
                problems.add(new RowProblem(row.row(), CadreSheet.NAME, MEMBER_AMBIGUOUS, candidates.size()));
            } else if (!row.sex().name().equals(candidates.get(0).gender())) {
                problems.add(new RowProblem(row.row(), CadreSheet.SEX, SEX_DIFFERS));
            } else {
                found.put(row.personKey(), candidates.get(0));
            }
        }
        return found;
    }

    /** A person's rows after the first repeat what it says of them, or leave it out; the first row of each person. */
    private static Map<String, CadreRow> samePersonAgrees(List<CadreRow> parsed, List<RowProblem> problems) {
        Map<String, CadreRow> first = new LinkedHashMap<>();
        for (CadreRow row : parsed) {
            CadreRow earlier = first.putIfAbsent(row.personKey(), row);
            if (earlier == null) {
                continue;
            }
            differs(row, earlier, CadreSheet.EDUCATION, row.education(), earlier.education(), problems);
            differs(row, earlier, CadreSheet.ID_NUMBER, row.idNumber(), earlier.idNumber(), problems);
            differs(row, earlier, CadreSheet.PHONE, row.phone(), earlier.phone(), problems);
        }
        return first;
    }

    private static void differs(CadreRow row, CadreRow earlier, String column, String value, String before,
                                List<RowProblem> problems) {
        if (value != null && before != null && !value.equals(before)) {
            problems.add(new RowProblem(row.row(), column, PERSON_DIFFERS, earlier.row()));
        }
    }

    /** The same post of the same person twice, or two secretaries of one organisation, in the file. */
    private static void noRowTwice(List<CadreRow> parsed, List<RowProblem> problems) {
        Map<String, Integer> posts = new HashMap<>();
        Map<String, Integer> secretaries = new HashMap<>();
        for (CadreRow row : parsed) {
            Integer earlier = posts.putIfAbsent(row.postKey(), row.row());
            if (earlier != null) {
                problems.add(new RowProblem(row.row(), CadreSheet.POSITION, DUPLICATE, earlier));
            } else if (row.holds() && row.position() == Position.SECRETARY) {
                Integer other = secretaries.putIfAbsent(row.orgCode(), row.row());
                if (other != null) {
                    problems.add(new RowProblem(row.row(), CadreSheet.POSITION, SECRETARY_TWICE, other));
                }
            }
        }
    }

    /**
     * The records already kept for the file's people, by person key: a member's by member id; anyone else's by name,
     * birth date and sex, unless both have an ID number and the numbers differ (then they are two people).
     */
    private Map<String, Long> recorded(java.util.Collection<CadreRow> people, Map<String, MemberRef> members) {
        Map<Long, Long> byMember = records.recordedMembers(members.values().stream().map(MemberRef::memberId).toList());
        Map<String, List<CadreRecords.NonMember>> others = records.nonMembersNamed(people.stream()
                .filter(p -> !p.member()).map(CadreRow::name).collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(CadreRecords.NonMember::name));
        Map<String, Long> recorded = new HashMap<>();
        for (CadreRow person : people) {
            if (person.member()) {
                MemberRef member = members.get(person.personKey());
                if (member != null && byMember.containsKey(member.memberId())) {
                    recorded.put(person.personKey(), byMember.get(member.memberId()));
                }
                continue;
            }
            String idx = person.idNumber() == null ? null : records.idNumberIndex(person.idNumber());
            others.getOrDefault(person.name(), List.of()).stream().filter(o -> Objects.equals(o.birthDate(),
                            person.birthDate()) && person.sex().name().equals(o.gender())
                            && (idx == null || o.idNumberIdx() == null || idx.equals(o.idNumberIdx())))
                    .findFirst().ifPresent(o -> recorded.put(person.personKey(), o.cadreId()));
        }
        return recorded;
    }

    /** Posts already held and reserve entries already kept, and organisations that have a secretary in post. */
    private void notHeldAlready(List<CadreRow> parsed, Map<String, OrgRef> visible, Map<String, Long> recorded,
                                List<RowProblem> problems) {
        Set<String> held = appointments.heldNow(recorded.values());
        Set<String> kept = reserves.keptNow(recorded.values());
        Set<Long> secretaryOrgs = new HashSet<>();
        for (CadreRow row : parsed) {
            if (row.holds() && row.position() == Position.SECRETARY && visible.containsKey(row.orgCode())) {
                secretaryOrgs.add(visible.get(row.orgCode()).orgId());
            }
        }
        Map<Long, String> inPost = appointments.secretariesNow(secretaryOrgs);
        for (CadreRow row : parsed) {
            OrgRef org = visible.get(row.orgCode());
            if (org == null) {
                continue;
            }
            if (row.holds() && row.position() == Position.SECRETARY && inPost.containsKey(org.orgId())) {
                problems.add(new RowProblem(row.row(), CadreSheet.POSITION, HAS_SECRETARY, inPost.get(org.orgId())));
                continue;
            }
            Long cadreId = recorded.get(row.personKey());
            String post = cadreId + "/" + org.orgId() + "/" + row.position().name();
            if (cadreId != null && row.holds() && held.contains(post)) {
                problems.add(new RowProblem(row.row(), CadreSheet.POSITION, ALREADY_HOLDS));
            } else if (cadreId != null && !row.holds() && kept.contains(post)) {
                problems.add(new RowProblem(row.row(), CadreSheet.POSITION, ALREADY_IN_RESERVE));
            }
        }
    }

    /** A member by member id (their details are the member record's); anyone else with the row's details. */
    private static CadreRequest request(CadreRow first, MemberRef member, OrgRef org) {
        if (first.member()) {
            return new CadreRequest(member.memberId(), null, null, null, null, null);
        }
        return new CadreRequest(null, org.orgId(), first.name(), first.sex(), first.birthDate(), first.education(),
                first.idNumber(), first.phone());
    }
}
