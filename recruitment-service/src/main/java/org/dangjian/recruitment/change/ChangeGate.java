package org.dangjian.recruitment.change;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.Cases;
import org.dangjian.recruitment.cases.StepDates;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.step.StepGate;

/**
 * A completed step's new date against its neighbours: the step itself against the steps before it, and every step
 * recorded after it against the new date (not before it, and each time rule measured from it still kept). The
 * refusal is the step gate's own (409 naming the step, the date and the rule).
 */
final class ChangeGate {
    private ChangeGate() {
    }

    static void check(StepDates stepDates, Catalogue catalogue, List<CaseStep> recorded, String code, LocalDate newDate) {
        Map<String, LocalDate> dates = Cases.dates(recorded);
        dates.put(code, newDate);
        int from = catalogue.position(code);
        for (CaseStep s : recorded) {
            if (catalogue.position(s.getStepCode()) >= from) {
                StepGate.onTime(stepDates, catalogue, catalogue.step(s.getStepCode()), dates, dates.get(s.getStepCode()));
            }
        }
    }
}
