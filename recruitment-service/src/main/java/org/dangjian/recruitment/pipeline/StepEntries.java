package org.dangjian.recruitment.pipeline;

import java.util.List;
import java.util.Map;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The recorded steps on the timeline: date, values, who recorded each and when. */
@Component
class StepEntries implements TimelineSource {
    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };
    private final JsonMapper json;

    StepEntries(JsonMapper json) {
        this.json = json;
    }

    @Override
    public List<TimelineEntry> entries(RecruitmentCase c, Catalogue catalogue, List<CaseStep> steps) {
        return steps.stream().map(s -> {
            StepDefinition d = catalogue.step(s.getStepCode());
            return new TimelineEntry(TimelineEntry.STEP, s.getStepCode(), d == null ? null : d.name(), s.getDoneOn(),
                    s.getRecordedBy(), s.getRecordedAt(),
                    s.getFieldValues() == null ? Map.of() : json.readValue(s.getFieldValues(), VALUES));
        }).toList();
    }
}
