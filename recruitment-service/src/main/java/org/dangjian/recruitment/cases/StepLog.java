package org.dangjian.recruitment.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.dangjian.contracts.recruitment.RecruitmentStepRecorded;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a recorded step: its row, the case's stage and last step, and {@code recruitment.step-recorded} in the
 * same transaction (the caller's). The caller has checked the step may be recorded.
 */
@Component
public class StepLog {
    private final CaseStepMapper steps;
    private final RecruitmentCaseMapper cases;
    private final EventOutbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    StepLog(CaseStepMapper steps, RecruitmentCaseMapper cases, EventOutbox outbox, JsonMapper json, Clock clock) {
        this.steps = steps;
        this.cases = cases;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public CaseStep record(RecruitmentCase c, Catalogue catalogue, StepDefinition step, LocalDate date,
                           Map<String, Object> values, long by) {
        CaseStep row = new CaseStep();
        row.setCaseId(c.getId());
        row.setStepCode(step.code());
        row.setPosition(catalogue.position(step.code()));
        row.setOrgPath(c.getOrgPath());
        row.setDoneOn(date);
        row.setFieldValues(values == null || values.isEmpty() ? null : json.writeValueAsString(values));
        row.setRecordedBy(by);
        row.setRecordedAt(clock.instant());
        row.setRoundNo(c.getConfirmationRound() == null ? 1 : c.getConfirmationRound());
        row.setSuperseded(false);
        steps.insert(row);
        c.setStage(step.stage());
        c.setLastStep(step.code());
        c.setLastStepOn(date);
        cases.updateById(c);
        outbox.add(new RecruitmentStepRecorded(c.getId(), c.getOrgId(), c.getOrgPath(), step.code(), step.stage(), date));
        return row;
    }

    /**
     * The past steps of a case brought in part-way through, in the catalogue's order, each marked as recorded
     * before the platform; the case's stage and last step follow the last of them, and each is announced. The
     * caller has checked order and time rules.
     */
    public void recordHistory(RecruitmentCase c, Catalogue catalogue, Map<StepDefinition, LocalDate> past, long by) {
        StepDefinition last = null;
        for (Map.Entry<StepDefinition, LocalDate> e : past.entrySet()) {
            CaseStep row = new CaseStep();
            row.setCaseId(c.getId());
            row.setStepCode(e.getKey().code());
            row.setPosition(catalogue.position(e.getKey().code()));
            row.setOrgPath(c.getOrgPath());
            row.setDoneOn(e.getValue());
            row.setRecordedBy(by);
            row.setRecordedAt(clock.instant());
            row.setBeforePlatform(true);
            steps.insert(row);
            outbox.add(new RecruitmentStepRecorded(c.getId(), c.getOrgId(), c.getOrgPath(), e.getKey().code(),
                    e.getKey().stage(), e.getValue()));
            last = e.getKey();
        }
        if (last != null) {
            c.setStage(last.stage());
            c.setLastStep(last.code());
            c.setLastStepOn(past.get(last));
            cases.updateById(c);
        }
    }
}
