package org.dangjian.recruitment.pipeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.Cases;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.springframework.stereotype.Service;

/**
 * A case's timeline from every {@link TimelineSource}: in the catalogue's order of the steps the entries are
 * about, a step's own line first, then the others by when they were recorded. A case outside the caller's scope is
 * not found.
 */
@Service
class Timelines {
    private final Cases cases;
    private final Catalogues catalogues;
    private final List<TimelineSource> sources;

    Timelines(Cases cases, Catalogues catalogues, List<TimelineSource> sources) {
        this.cases = cases;
        this.catalogues = catalogues;
        this.sources = sources;
    }

    CaseTimeline of(long caseId) {
        RecruitmentCase c = cases.inScope(caseId);
        Catalogue catalogue = catalogues.version(c.getCatalogueVersion());
        List<CaseStep> steps = cases.steps(caseId);
        Comparator<TimelineEntry> order = Comparator
                .<TimelineEntry>comparingInt(e -> catalogue.position(e.stepCode()))
                .thenComparing(e -> !TimelineEntry.STEP.equals(e.kind()))
                .thenComparing(e -> e.recordedAt() == null ? Instant.MAX : e.recordedAt());
        List<TimelineEntry> entries = sources.stream().flatMap(s -> s.entries(c, catalogue, steps).stream())
                .sorted(order).toList();
        return new CaseTimeline(c.getId(), c.getName(), c.getCatalogueVersion(), entries);
    }
}
