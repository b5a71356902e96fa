package org.dangjian.recruitment.pipeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.StepRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Per branch of a subtree, what was done in a year, from the steps recorded with a date in it: the application
 * (cases opened), the first step of the second stage (activists designated), of the third (candidates
 * designated), the admission approval (admitted). One grouped query over the step index by path and date; a
 * case's catalogue version says which of its steps count as what.
 */
@Service
class ThroughputQuery {
    private final JdbcClient jdbc;
    private final OrgDirectory orgs;
    private final Catalogues catalogues;

    ThroughputQuery(JdbcClient jdbc, OrgDirectory orgs, Catalogues catalogues) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.catalogues = catalogues;
    }

    Throughput of(Long orgId, int year, CurrentUser caller) {
        String path = orgs.subtreePath(orgId, caller);
        Map<Long, int[]> byBranch = new TreeMap<>();
        Map<Integer, Measures> measures = new HashMap<>();
        jdbc.sql("SELECT version FROM catalogue").query(Integer.class).list()
                .forEach(v -> measures.put(v, Measures.of(catalogues.version(v))));
        Set<String> codes = new HashSet<>();
        measures.values().forEach(m -> codes.addAll(m.codes()));
        jdbc.sql(ScopedSql.of("SELECT s.org_path, c.catalogue_version, s.step_code, COUNT(*) FROM case_step s"
                        + " JOIN recruitment_case c ON c.id = s.case_id WHERE " + SubtreePaths.under("s.org_path", "path")
                        + " AND s.done_on >= :from AND s.done_on < :to AND s.step_code IN (:codes)"
                        + " GROUP BY s.org_path, c.catalogue_version, s.step_code"))
                .param("path", path).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .param("codes", codes)
                .query(rs -> {
                    Measures m = measures.get(rs.getInt(2));
                    int measure = m == null ? -1 : m.of(rs.getString(3));
                    if (measure >= 0) {
                        List<Long> ids = OrgRef.idsOnPath(rs.getString(1));
                        byBranch.computeIfAbsent(ids.get(ids.size() - 1), b -> new int[4])[measure] += rs.getInt(4);
                    }
                });
        Map<Long, OrgRef> names = orgs.findAll(byBranch.keySet());
        int[] sum = new int[4];
        List<Throughput.Branch> branches = byBranch.entrySet().stream().map(e -> {
            int[] n = e.getValue();
            for (int i = 0; i < 4; i++) {
                sum[i] += n[i];
            }
            OrgRef b = names.get(e.getKey());
            return new Throughput.Branch(e.getKey(), b == null ? null : b.name(), n[0], n[1], n[2], n[3]);
        }).toList();
        return new Throughput(orgId == null ? caller.orgId() : orgId, year, branches,
                new Throughput.Branch(null, "合计", sum[0], sum[1], sum[2], sum[3]));
    }

    /** Which steps of a catalogue count as opened (0), activist (1), candidate (2), admitted (3). */
    private record Measures(String opened, String activist, String candidate, String admitted) {
        static Measures of(Catalogue catalogue) {
            List<String> stages = catalogue.document().stages().stream().map(s -> s.code()).toList();
            return new Measures(role(catalogue, StepRole.APPLICATION), firstOf(catalogue, stages.get(1)),
                    firstOf(catalogue, stages.get(2)), role(catalogue, StepRole.ADMISSION_APPROVAL));
        }

        List<String> codes() {
            return Stream.of(opened, activist, candidate, admitted).filter(Objects::nonNull).toList();
        }

        int of(String code) {
            return code.equals(opened) ? 0 : code.equals(activist) ? 1 : code.equals(candidate) ? 2
                    : code.equals(admitted) ? 3 : -1;
        }

        private static String role(Catalogue catalogue, StepRole role) {
            return catalogue.steps().stream().filter(s -> s.role() == role).map(StepDefinition::code).findFirst()
                    .orElse(null);
        }

        private static String firstOf(Catalogue catalogue, String stage) {
            return catalogue.steps().stream().filter(s -> s.stage().equals(stage)).map(StepDefinition::code).findFirst()
                    .orElse(null);
        }
    }
}
