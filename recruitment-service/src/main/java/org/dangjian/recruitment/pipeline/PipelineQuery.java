package org.dangjian.recruitment.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.scope.ScopedSql;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.dangjian.recruitment.cases.CaseStatus;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.Stage;
import org.dangjian.recruitment.pipeline.PipelineCounts.OutcomeYearCount;
import org.dangjian.recruitment.pipeline.PipelineCounts.StageCount;
import org.dangjian.recruitment.pipeline.PipelineCounts.StageYearCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The pipeline of a subtree in one grouped query over the index {@code idx_case_pipeline} (path prefix, status,
 * stage, application and last dates), so that the whole city is counted without reading a case row.
 */
@Service
class PipelineQuery {
    /**
     * The stage an admitted case is counted in: a probationary member is still on the way to full membership, though
     * the case's last recorded step (the approval, the filing) belongs to the admission stage.
     */
    private static final String PROBATION_STAGE = "PROBATION";

    private final JdbcClient jdbc;
    private final OrgDirectory orgs;
    private final Catalogues catalogues;

    PipelineQuery(JdbcClient jdbc, OrgDirectory orgs, Catalogues catalogues) {
        this.jdbc = jdbc;
        this.orgs = orgs;
        this.catalogues = catalogues;
    }

    PipelineCounts counts(Long orgId, CurrentUser caller) {
        String path = orgs.subtreePath(orgId, caller);
        List<Row> rows = jdbc.sql(ScopedSql.of("SELECT c.status, c.stage, YEAR(c.application_date), YEAR(c.last_step_on),"
                        + " COUNT(*) FROM recruitment_case c WHERE " + SubtreePaths.under("c.org_path", "path")
                        + " GROUP BY c.status, c.stage, YEAR(c.application_date), YEAR(c.last_step_on)"))
                .param("path", path)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
        Map<String, Integer> byStage = new LinkedHashMap<>();
        Map<String, Stage> stages = new LinkedHashMap<>();
        catalogues.current().document().stages().forEach(s -> {
            stages.put(s.code(), s);
            byStage.put(s.code(), 0);
        });
        Map<String, Integer> byStageAndYear = new TreeMap<>();
        Map<String, Integer> closed = new TreeMap<>();
        int total = 0;
        for (Row r : rows) {
            CaseStatus status = CaseStatus.valueOf(r.status());
            if (status.inProgress()) {
                String stage = status == CaseStatus.ADMITTED && byStage.containsKey(PROBATION_STAGE) ? PROBATION_STAGE : r.stage();
                total += r.count();
                byStage.merge(stage, r.count(), Integer::sum);
                byStageAndYear.merge(stage + "/" + r.applied(), r.count(), Integer::sum);
            } else {
                closed.merge(r.status() + "/" + r.last(), r.count(), Integer::sum);
            }
        }
        List<StageCount> stageCounts = byStage.entrySet().stream().map(e -> new StageCount(e.getKey(),
                stages.containsKey(e.getKey()) ? stages.get(e.getKey()).name() : null, e.getValue())).toList();
        List<String> order = new ArrayList<>(stages.keySet());
        List<StageYearCount> yearCounts = byStageAndYear.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("/");
            return new StageYearCount(k[0], Integer.parseInt(k[1]), e.getValue());
        }).sorted(Comparator.comparingInt((StageYearCount s) -> order.indexOf(s.stage()))
                .thenComparingInt(StageYearCount::year)).toList();
        List<OutcomeYearCount> outcomes = closed.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("/");
            return new OutcomeYearCount(k[0], Integer.parseInt(k[1]), e.getValue());
        }).toList();
        return new PipelineCounts(orgId == null ? caller.orgId() : orgId, total, stageCounts, yearCounts, outcomes);
    }

    private record Row(String status, String stage, int applied, int last, int count) {
    }
}
