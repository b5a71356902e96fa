package org.dangjian.member.excel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.excel.RowProblem;
import org.dangjian.kit.excel.SheetRow;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.excel.MemberImportCheck.NewMember;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.member.record.IdNumberOwners;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.NewMembers;
import org.dangjian.member.rules.AdmissionAges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a whole file or nothing: every row is read and checked, and only when none has a problem are
 * the members inserted (batched) with one {@code member.registered} each in the outbox, all in one
 * transaction. A number registered concurrently between check and insert makes the unique key refuse
 * ours, and everything rolls back.
 */
@Service
public class MemberImportService {
    private static final Logger log = LoggerFactory.getLogger(MemberImportService.class);

    private final OrgDirectory orgs;
    private final IdNumberOwners idNumberOwners;
    private final NewMembers newMembers;
    private final MemberBatchInsert inserts;
    private final EventOutbox outbox;
    private final AdmissionAges admissionAges;
    /** "Today" is the users' date, whatever zone the server runs in (web-kit's business clock). */
    private final Clock clock;

    public MemberImportService(OrgDirectory orgs, IdNumberOwners idNumberOwners, NewMembers newMembers,
                               MemberBatchInsert inserts, EventOutbox outbox, AdmissionAges admissionAges,
                               Clock clock) {
        this.orgs = orgs;
        this.idNumberOwners = idNumberOwners;
        this.newMembers = newMembers;
        this.inserts = inserts;
        this.outbox = outbox;
        this.admissionAges = admissionAges;
        this.clock = clock;
    }

    /**
     * For administrators (declared on the route): the rows land in organisations of the caller's subtree.
     *
     * @return how many members were registered
     */
    @Transactional
    public int importRows(List<SheetRow> rows) {
        CurrentUser caller = CurrentUsers.get();
        long start = System.nanoTime();
        List<RowProblem> problems = new ArrayList<>();
        List<ParsedRow> parsed = new MemberRowParser(LocalDate.now(clock), admissionAges.asSet()).parseAll(rows, problems);
        long read = System.nanoTime();
        Map<String, IdNumberOwners.Owner> owners = onRecord(parsed);
        Set<String> heldElsewhere = heldOutside(owners, caller);
        MemberImportCheck check = new MemberImportCheck(owners.keySet(), heldElsewhere, visibleOrgs(parsed, caller));
        List<NewMember> good = check.check(parsed, problems);
        long checked = System.nanoTime();

        List<Member> members;
        try {
            members = store(good, caller.accountId());
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(IdNumberOwners.EXISTS);
        }
        long inserted = System.nanoTime();
        List<MemberRegisteredV2> events = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            events.add(newMembers.registered(members.get(i), good.get(i).draft().normalizedPhone()));
        }
        outbox.addAll(events);
        log.info("account {} imported {} members: read {} ms, checked {} ms, encrypted and inserted {} ms, outbox {} ms",
                caller.accountId(), members.size(), ms(read - start), ms(checked - read), ms(inserted - checked),
                ms(System.nanoTime() - inserted));
        return members.size();
    }

    /**
     * Encrypting, indexing and masking two numbers per member costs CPU; inserting costs database time.
     * Chunk by chunk, the next chunk's records are made on another thread while this one (which holds
     * the transaction) inserts the current chunk, so the two overlap instead of adding up.
     */
    private List<Member> store(List<NewMember> good, long createdBy) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Member> stored = new ArrayList<>(good.size());
        int chunk = MemberBatchInsert.CHUNK;
        CompletableFuture<List<Member>> next = records(good, 0, chunk, createdBy, now);
        for (int from = 0; from < good.size(); from += chunk) {
            List<Member> current = next.join();
            if (from + chunk < good.size()) {
                next = records(good, from + chunk, chunk, createdBy, now);
            }
            inserts.insertAll(current);
            stored.addAll(current);
        }
        return stored;
    }

    private CompletableFuture<List<Member>> records(List<NewMember> good, int from, int size, long createdBy,
                                                    LocalDateTime now) {
        List<NewMember> slice = good.subList(from, Math.min(good.size(), from + size));
        return CompletableFuture.supplyAsync(() -> slice.stream()
                .map(n -> newMembers.record(n.draft(), n.org(), createdBy, now)).toList());
    }

    /** The numbers held by members outside the caller's subtree: audited here, reported neutrally by the check. */
    private Set<String> heldOutside(Map<String, IdNumberOwners.Owner> owners, CurrentUser caller) {
        Set<String> outside = new HashSet<>();
        List<IdNumberOwners.Owner> holders = new ArrayList<>();
        owners.forEach((idNumber, owner) -> {
            if (!caller.covers(owner.orgPath())) {
                outside.add(idNumber);
                holders.add(owner);
            }
        });
        idNumberOwners.auditOutsideScope(holders, "IMPORT");
        return outside;
    }

    private Map<String, IdNumberOwners.Owner> onRecord(List<ParsedRow> rows) {
        Set<String> valid = new HashSet<>();
        for (ParsedRow row : rows) {
            String id = row.draft().normalizedIdNumber();
            if (id != null && ResidentIdNumbers.isValid(id)) {
                valid.add(id);
            }
        }
        return idNumberOwners.of(valid);
    }

    /** One query for every code of the file; organisations outside the caller's subtree are left out. */
    private Map<String, OrgRef> visibleOrgs(List<ParsedRow> rows, CurrentUser caller) {
        Set<String> codes = new HashSet<>();
        for (ParsedRow row : rows) {
            if (row.orgCode() != null) {
                codes.add(row.orgCode());
            }
        }
        return orgs.findByCodesInScope(codes, caller);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
