package org.dangjian.member.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.privacy.SensitiveReadAudit;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who already holds an ID number, and what the caller may be told. The number is unique city-wide, so the lookup is
 * plain JDBC by blind index, not scoped (the scope would hide the members whose numbers the unique key refuses all
 * the same), a thousand numbers per {@code IN} query. A holder inside the caller's subtree is named as such
 * ({@code MEMBER_ID_NUMBER_EXISTS}: the caller can find that member anyway); a holder elsewhere is not, since that
 * would tell a branch administrator that a stranger is a Party member in another organisation: the answer is a
 * neutral {@code MEMBER_ID_NUMBER_NOT_ACCEPTED} that points to the superior organisation and a transfer, and the
 * attempt is audited against the holder.
 */
@Component
public class IdNumberOwners {
    public static final String EXISTS = "MEMBER_ID_NUMBER_EXISTS";
    public static final String NOT_ACCEPTED = "MEMBER_ID_NUMBER_NOT_ACCEPTED";
    static final int CHUNK = 1000;

    /** What the audit records about an ID number met outside the caller's subtree. */
    public enum Attempt {
        /** Someone tried to register or give a member an ID number a member elsewhere holds. */
        ID_NUMBER_HELD_ELSEWHERE
    }

    /** The member holding a number: enough to decide scope and to audit, nothing to show. */
    public record Owner(long memberId, long orgId, String orgPath) {
    }

    private final JdbcClient jdbc;
    private final BlindIndex blindIndex;
    private final SensitiveReadAudit audit;

    IdNumberOwners(JdbcClient jdbc, BlindIndex blindIndex, SensitiveReadAudit audit) {
        this.jdbc = jdbc;
        this.blindIndex = blindIndex;
        this.audit = audit;
    }

    /** @param idNumbers normalised, valid ID numbers; the result holds those some member has */
    public Map<String, Owner> of(Collection<String> idNumbers) {
        // One HMAC per number; independent, so spread over the cores for large files.
        Map<String, String> byIndex = idNumbers.parallelStream()
                .collect(Collectors.toConcurrentMap(blindIndex::of, id -> id, (a, b) -> a));
        List<String> indexes = new ArrayList<>(byIndex.keySet());
        Map<String, Owner> found = new HashMap<>();
        for (int from = 0; from < indexes.size(); from += CHUNK) {
            List<String> chunk = indexes.subList(from, Math.min(indexes.size(), from + CHUNK));
            jdbc.sql("SELECT id_number_idx, id, org_id, org_path FROM member WHERE id_number_idx IN (:idx)")
                    .param("idx", chunk)
                    .query((rs, n) -> Map.entry(byIndex.get(rs.getString(1)),
                            new Owner(rs.getLong(2), rs.getLong(3), rs.getString(4))))
                    .list()
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
        }
        return found;
    }

    /** Audits each holder outside the caller's subtree, one row per holder; {@code attempt} says what was tried. */
    public void auditOutsideScope(Collection<Owner> outside, String attempt) {
        if (!outside.isEmpty()) {
            audit.refusedEach(Attempt.ID_NUMBER_HELD_ELSEWHERE,
                    outside.stream().collect(Collectors.toMap(Owner::memberId, Owner::orgId, (a, b) -> a)), attempt);
        }
    }

    /**
     * The refusal for a number the unique key turned down ({@code idNumberIdx}, its blind index), other than member
     * {@code self}: audited and neutral when its holder is outside the caller's subtree.
     */
    public ApiException refusal(String idNumberIdx, Long self, String attempt) {
        Optional<Owner> owner = jdbc.sql("SELECT id, org_id, org_path FROM member WHERE id_number_idx = ?")
                .param(idNumberIdx)
                .query((rs, n) -> new Owner(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional()
                .filter(o -> self == null || o.memberId() != self);
        Optional<CurrentUser> caller = CurrentUsers.find();
        if (owner.isEmpty() || caller.isEmpty() || caller.get().covers(owner.get().orgPath())) {
            return refused(EXISTS);
        }
        auditOutsideScope(List.of(owner.get()), attempt);
        return refused(NOT_ACCEPTED);
    }

    private static ApiException refused(String code) {
        return new ApiException(HttpStatus.CONFLICT, code, List.of(new ApiException.FieldProblem("idNumber", code)));
    }
}
