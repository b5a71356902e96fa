package org.dangjian.recruitment.pipeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A case's whole record, in order. */
@Schema(name = "RecruitmentCaseTimeline", description = "案卷全程纪实：按流程顺序的每条记录。A case's timeline: every "
        + "recorded step in the catalogue's order with its date, who recorded it and when.")
public record CaseTimeline(long caseId, String name, int catalogueVersion, List<TimelineEntry> entries) {
}
