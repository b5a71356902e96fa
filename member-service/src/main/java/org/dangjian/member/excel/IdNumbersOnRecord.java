package org.dangjian.member.excel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.kit.crypto.BlindIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of a file's ID numbers a member already has, city-wide (the number is unique, whatever the
 * branch): looked up by blind index, a thousand per {@code IN} query rather than one query per row.
 * Plain JDBC, not scoped, on purpose: the scope would hide members of other subtrees, whose numbers the
 * unique key refuses all the same. Only the blind indexes asked for come back, never a member.
 */
@Component
class IdNumbersOnRecord {
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final BlindIndex blindIndex;

    IdNumbersOnRecord(JdbcClient jdbc, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.blindIndex = blindIndex;
    }

    /** @param idNumbers normalised, valid ID numbers */
    Set<String> among(Collection<String> idNumbers) {
        // One HMAC per number; independent, so spread over the cores for large files.
        Map<String, String> byIndex = idNumbers.parallelStream()
                .collect(Collectors.toConcurrentMap(blindIndex::of, id -> id));
        List<String> indexes = new ArrayList<>(byIndex.keySet());
        Set<String> found = new HashSet<>();
        for (int from = 0; from < indexes.size(); from += CHUNK) {
            List<String> chunk = indexes.subList(from, Math.min(indexes.size(), from + CHUNK));
            for (String index : jdbc.sql("SELECT id_number_idx FROM member WHERE id_number_idx IN (:idx)")
                    .param("idx", chunk).query(String.class).list()) {
                found.add(byIndex.get(index));
            }
        }
        return found;
    }
}
