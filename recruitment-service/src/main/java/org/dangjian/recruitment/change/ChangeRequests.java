package org.dangjian.recruitment.change;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.contracts.recruitment.RecruitmentStepChanged;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.recruitment.attachment.Attachments;
import org.dangjian.recruitment.attachment.CaseAttachment;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.CaseStepMapper;
import org.dangjian.recruitment.cases.Cases;
import org.dangjian.recruitment.cases.ChangeStatus;
import org.dangjian.recruitment.cases.Performers;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.RecruitmentCaseMapper;
import org.dangjian.recruitment.cases.StepDates;
import org.dangjian.recruitment.cases.StepsToAct;
import org.dangjian.recruitment.cases.StepAnnexes;
import org.dangjian.recruitment.cases.StepChangeView;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.catalogue.StepRole;
import org.dangjian.recruitment.step.FieldCheck;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editing a completed step needs the superior organisation's approval: whoever may record the step asks (a new
 * date, new values, attachments to take off, and why), the superior of the organisation that performs it decides.
 * The change applies only when approved, and only if the new date still keeps the gate against the neighbouring
 * steps; approved changes are announced as {@code recruitment.step-changed}. Each request keeps the step as it was.
 */
@Service
public class ChangeRequests implements StepAnnexes.Changes {
    static final String NOT_FOUND = "RECRUITMENT_CHANGE_NOT_FOUND";
    static final String STEP_NOT_RECORDED = "RECRUITMENT_CHANGE_STEP_NOT_RECORDED";
    static final String NOTHING_TO_CHANGE = "RECRUITMENT_CHANGE_NOTHING";
    static final String ALREADY_PENDING = "RECRUITMENT_CHANGE_ALREADY_PENDING";
    static final String ALREADY_DECIDED = "RECRUITMENT_CHANGE_ALREADY_DECIDED";
    static final String DECIDED_BY = "RECRUITMENT_CHANGE_DECIDED_BY";
    static final String OWN_REQUEST = "RECRUITMENT_CHANGE_OWN_REQUEST";
    static final String NOT_ON_THE_STEP = "RECRUITMENT_CHANGE_NOT_ON_THE_STEP";
    static final String DATE_IN_THE_FUTURE = "RECRUITMENT_DATE_IN_THE_FUTURE";
    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };
    private final Cases cases;
    private final RecruitmentCaseMapper caseRows;
    private final CaseStepMapper stepRows;
    private final Catalogues catalogues;
    private final Performers performers;
    private final OrgDirectory orgs;
    private final Attachments attachments;
    private final StepChangeMapper changes;
    private final EventOutbox outbox;
    private final JsonMapper json;
    private final Clock clock;
    private final StepDates stepDates;
    private final StepsToAct stepsToAct;

    ChangeRequests(Cases cases, RecruitmentCaseMapper caseRows, CaseStepMapper stepRows, Catalogues catalogues,
                   Performers performers, OrgDirectory orgs, Attachments attachments, StepChangeMapper changes,
                   EventOutbox outbox, JsonMapper json, Clock clock, StepDates stepDates, StepsToAct stepsToAct) {
        this.stepsToAct = stepsToAct;
        this.cases = cases;
        this.caseRows = caseRows;
        this.stepRows = stepRows;
        this.catalogues = catalogues;
        this.performers = performers;
        this.orgs = orgs;
        this.attachments = attachments;
        this.changes = changes;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.stepDates = stepDates;
    }

    @Transactional
    public StepChangeView request(long caseId, String code, ChangeStepRequest r, CurrentUser caller) {
        StepsToAct.Acting acting = stepsToAct.on(caseId, code, caller);
        RecruitmentCase c = acting.c();
        Catalogue catalogue = acting.catalogue();
        StepDefinition step = acting.step();
        OrgRef branch = acting.branch();
        List<CaseStep> recorded = cases.steps(caseId);
        CaseStep row = recorded.stream().filter(s -> s.getStepCode().equals(step.code())).findFirst()
                .orElseThrow(() -> ApiException.conflict(STEP_NOT_RECORDED, step.code()));
        if (r.date() == null && r.fields() == null && r.removeAttachmentIds().isEmpty()) {
            throw ApiException.badRequest(NOTHING_TO_CHANGE);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (r.date() != null && r.date().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", DATE_IN_THE_FUTURE));
        }
        if (r.fields() != null) {
            problems.addAll(FieldCheck.problems(step, r.fields()));
        }
        List<CaseAttachment> onStep = attachments.onStep(caseId, step.code());
        Set<Long> onStepIds = onStep.stream().map(CaseAttachment::getId).collect(Collectors.toSet());
        if (!onStepIds.containsAll(r.removeAttachmentIds())) {
            problems.add(new FieldProblem("removeAttachmentIds", NOT_ON_THE_STEP));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        List<String> left = onStep.stream().filter(a -> !r.removeAttachmentIds().contains(a.getId()))
                .map(CaseAttachment::getContentType).toList();
        if (!r.removeAttachmentIds().isEmpty() && !step.evidence().satisfiedBy(left)) {
            throw Attachments.evidenceMissing(step);
        }
        if (r.date() != null) {
            ChangeGate.check(stepDates, catalogue, recorded, step.code(), r.date());
        }
        OrgRef approver = approver(step, branch);
        StepChange ch = new StepChange();
        ch.setCaseId(caseId);
        ch.setStepCode(step.code());
        ch.setOrgPath(c.getOrgPath());
        ch.setApproverOrgId(approver.orgId());
        ch.setApproverOrgPath(approver.path());
        ch.setStatus(ChangeStatus.PENDING.name());
        ch.setOriginalDate(row.getDoneOn());
        ch.setOriginalFields(row.getFieldValues());
        ch.setNewDate(r.date());
        ch.setNewFields(r.fields() == null ? null : json.writeValueAsString(r.fields()));
        ch.setRemoveAttachmentIds(r.removeAttachmentIds().isEmpty() ? null
                : r.removeAttachmentIds().stream().distinct().map(String::valueOf).collect(Collectors.joining(",")));
        ch.setReason(r.reason().strip());
        ch.setRequestedBy(caller.accountId());
        ch.setRequestedAt(clock.instant());
        ch.setPendingKey(caseId + ":" + step.code());
        try {
            changes.insert(ch);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict(ALREADY_PENDING, step.code());
        }
        return view(ch, catalogue, Map.of(approver.orgId(), approver));
    }

    /**
     * The superior of the organisation that performs the step: the branch's committee for a branch's step, the
     * committee above for a committee's. The city (the tree's root) has none above it and decides its own steps'.
     */
    OrgRef approver(StepDefinition step, OrgRef branch) {
        OrgRef acting = performers.actingOrg(step.performer(), branch);
        if (acting == null) {
            acting = branch;
        }
        return acting.parentId() == null ? acting : orgs.find(acting.parentId()).orElse(acting);
    }

    @Transactional
    public StepChangeView approve(long changeId, CurrentUser caller) {
        StepChange ch = pendingForDecision(changeId, caller);
        RecruitmentCase c = caseRows.selectById(ch.getCaseId());
        Catalogue catalogue = catalogues.version(c.getCatalogueVersion());
        StepDefinition step = catalogue.step(ch.getStepCode());
        List<CaseStep> recorded = cases.steps(c.getId());
        CaseStep row = recorded.stream().filter(s -> s.getStepCode().equals(ch.getStepCode())).findFirst().orElseThrow();
        if (ch.getNewDate() != null) {
            // the neighbours may have changed since the request: the approval is refused with the gate's reason
            ChangeGate.check(stepDates, catalogue, recorded, ch.getStepCode(), ch.getNewDate());
        }
        LocalDate oldDate = row.getDoneOn();
        ch.setOriginalDate(oldDate);
        ch.setOriginalFields(row.getFieldValues());
        if (ch.getNewDate() != null) {
            row.setDoneOn(ch.getNewDate());
        }
        if (ch.getNewFields() != null) {
            Map<String, Object> values = json.readValue(ch.getNewFields(), VALUES);
            row.setFieldValues(values.isEmpty() ? null : ch.getNewFields());
        }
        stepRows.update(null, Wrappers.<CaseStep>lambdaUpdate().eq(CaseStep::getId, row.getId())
                .set(CaseStep::getDoneOn, row.getDoneOn()).set(CaseStep::getFieldValues, row.getFieldValues()));
        if (ch.getStepCode().equals(c.getLastStep()) || step.role() == StepRole.APPLICATION) {
            if (ch.getStepCode().equals(c.getLastStep())) {
                c.setLastStepOn(row.getDoneOn());
            }
            if (step.role() == StepRole.APPLICATION) {
                c.setApplicationDate(row.getDoneOn());
            }
            caseRows.updateById(c);
        }
        attachments.takeOff(ids(ch.getRemoveAttachmentIds()), ch.getId());
        decide(ch, ChangeStatus.APPROVED, null, caller);
        outbox.add(new RecruitmentStepChanged(c.getId(), c.getOrgId(), c.getOrgPath(), ch.getStepCode(), ch.getId(),
                oldDate, row.getDoneOn()));
        return view(ch, catalogue, orgs.findAll(List.of(ch.getApproverOrgId())));
    }

    @Transactional
    public StepChangeView refuse(long changeId, String reason, CurrentUser caller) {
        StepChange ch = pendingForDecision(changeId, caller);
        decide(ch, ChangeStatus.REFUSED, reason.strip(), caller);
        RecruitmentCase c = caseRows.selectById(ch.getCaseId());
        return view(ch, catalogues.version(c.getCatalogueVersion()), orgs.findAll(List.of(ch.getApproverOrgId())));
    }

    /** What waits for (or was decided by) an organisation, the caller's own when not given; latest first. */
    public PageResult<StepChangeView> decidedBy(Long orgId, ChangeStatus status, PageQuery page, CurrentUser caller) {
        OrgRef org = orgs.findInScope(orgId != null ? orgId : caller.orgId() == null ? -1 : caller.orgId(), caller);
        Page<StepChange> found = changes.selectPage(Page.of(page.page(), page.size()), Wrappers.<StepChange>lambdaQuery()
                .eq(StepChange::getApproverOrgId, org.orgId())
                .eq(StepChange::getStatus, (status == null ? ChangeStatus.PENDING : status).name())
                .orderByDesc(StepChange::getId));
        Map<Long, OrgRef> approvers = Map.of(org.orgId(), org);
        List<StepChangeView> items = found.getRecords().stream().map(ch -> view(ch,
                catalogues.version(caseRows.selectById(ch.getCaseId()).getCatalogueVersion()), approvers)).toList();
        return PageResult.of(items, found.getTotal(), page);
    }

    @Override
    public Map<String, List<StepChangeView>> ofSteps(long caseId) {
        List<StepChange> all = changes.selectList(Wrappers.<StepChange>lambdaQuery().eq(StepChange::getCaseId, caseId)
                .orderByAsc(StepChange::getId));
        if (all.isEmpty()) {
            return Map.of();
        }
        Catalogue catalogue = catalogues.version(caseRows.selectById(caseId).getCatalogueVersion());
        Map<Long, OrgRef> approvers = orgs.findAll(all.stream().map(StepChange::getApproverOrgId).distinct().toList());
        return all.stream().collect(Collectors.groupingBy(StepChange::getStepCode, LinkedHashMap::new,
                Collectors.mapping(ch -> view(ch, catalogue, approvers), Collectors.toList())));
    }

    /**
     * A pending request the caller may decide: an administrator of the approving organisation or above, not the
     * one who asked. A request outside the caller's scope is not found.
     */
    private StepChange pendingForDecision(long changeId, CurrentUser caller) {
        StepChange ch = changes.selectById(changeId);
        if (ch == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        if (!caller.isAdministrator() || !caller.covers(ch.getApproverOrgPath())) {
            String name = orgs.find(ch.getApproverOrgId()).map(OrgRef::name).orElse("");
            throw ApiException.forbidden(DECIDED_BY, name);
        }
        if (ch.getRequestedBy() == caller.accountId()) {
            throw ApiException.forbidden(OWN_REQUEST);
        }
        if (!ChangeStatus.PENDING.name().equals(ch.getStatus())) {
            throw ApiException.conflict(ALREADY_DECIDED);
        }
        return ch;
    }

    /** Only a request still pending is decided: of two approvers at once, the second is told it was decided. */
    private void decide(StepChange ch, ChangeStatus status, String reason, CurrentUser caller) {
        ch.setStatus(status.name());
        ch.setDecidedBy(caller.accountId());
        ch.setDecidedAt(clock.instant());
        ch.setDecisionReason(reason);
        ch.setPendingKey(null);
        int updated = changes.update(null, Wrappers.<StepChange>lambdaUpdate().eq(StepChange::getId, ch.getId())
                .eq(StepChange::getStatus, ChangeStatus.PENDING.name())
                .set(StepChange::getStatus, ch.getStatus()).set(StepChange::getDecidedBy, ch.getDecidedBy())
                .set(StepChange::getDecidedAt, ch.getDecidedAt()).set(StepChange::getDecisionReason, reason)
                .set(StepChange::getOriginalDate, ch.getOriginalDate())
                .set(StepChange::getOriginalFields, ch.getOriginalFields())
                .set(StepChange::getPendingKey, null));
        if (updated != 1) {
            throw ApiException.conflict(ALREADY_DECIDED);
        }
    }

    private StepChangeView view(StepChange ch, Catalogue catalogue, Map<Long, OrgRef> approvers) {
        StepDefinition step = catalogue.step(ch.getStepCode());
        OrgRef approver = approvers.get(ch.getApproverOrgId());
        return new StepChangeView(ch.getId(), ch.getCaseId(), ch.getStepCode(), step == null ? null : step.name(),
                ChangeStatus.valueOf(ch.getStatus()), ch.getOriginalDate(), values(ch.getOriginalFields()),
                ch.getNewDate(), ch.getNewFields() == null ? null : values(ch.getNewFields()),
                ids(ch.getRemoveAttachmentIds()), ch.getReason(), ch.getRequestedBy(), ch.getRequestedAt(),
                ch.getApproverOrgId(), approver == null ? null : approver.name(), ch.getDecidedBy(), ch.getDecidedAt(),
                ch.getDecisionReason());
    }

    private Map<String, Object> values(String stored) {
        return stored == null ? Map.of() : json.readValue(stored, VALUES);
    }

    private static List<Long> ids(String stored) {
        return stored == null ? List.of() : Arrays.stream(stored.split(",")).map(Long::valueOf).toList();
    }
}
