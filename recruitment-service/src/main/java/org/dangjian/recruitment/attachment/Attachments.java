package org.dangjian.recruitment.attachment;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.storage.FileNames;
import org.dangjian.kit.storage.FileUploads;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.kit.storage.StoredUpload;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.recruitment.cases.AttachmentView;
import org.dangjian.recruitment.cases.CaseQuery;
import org.dangjian.recruitment.cases.Cases;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.cases.StepAnnexes;
import org.dangjian.recruitment.cases.StepsToAct;
import org.dangjian.recruitment.catalogue.Catalogue;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.springframework.stereotype.Service;

/**
 * The files on a case's steps. Whoever may record a step uploads its evidence: for the step about to be recorded
 * (the next one) or for a step already recorded; nothing is removed except by an approved change request. What a
 * file is comes from its bytes (a photo, or a PDF). Cases and files outside the caller's scope are not found.
 */
@Service
public class Attachments implements StepAnnexes.Attachments {
    static final String NOT_FOUND = "RECRUITMENT_ATTACHMENT_NOT_FOUND";
    static final String STEP_NOT_REACHED = "RECRUITMENT_ATTACHMENT_STEP_NOT_REACHED";
    static final String EVIDENCE_MISSING = "RECRUITMENT_EVIDENCE_MISSING";
    static final String FOLDER = "recruitment-evidence";
    private final Cases cases;
    private final StepsToAct stepsToAct;
    private final CaseAttachmentMapper attachments;
    private final FileUploads uploads;
    private final ObjectStore store;
    private final Clock clock;

    Attachments(Cases cases, StepsToAct stepsToAct, CaseAttachmentMapper attachments, FileUploads uploads,
                ObjectStore store, Clock clock) {
        this.cases = cases;
        this.stepsToAct = stepsToAct;
        this.attachments = attachments;
        this.uploads = uploads;
        this.store = store;
        this.clock = clock;
    }

    /** A file's bytes and how to offer them. */
    public record Download(String fileName, String contentType, byte[] bytes) {
    }

    public AttachmentView upload(long caseId, String code, String fileName, InputStream in, CurrentUser caller) {
        StepsToAct.Acting acting = stepsToAct.on(caseId, code, caller);
        RecruitmentCase c = acting.c();
        Catalogue catalogue = acting.catalogue();
        StepDefinition step = acting.step();
        Map<String, LocalDate> recorded = Cases.dates(cases.steps(caseId));
        StepDefinition next = CaseQuery.nextStep(catalogue, recorded);
        if (!recorded.containsKey(step.code()) && (next == null || !next.code().equals(step.code()))) {
            throw ApiException.conflict(STEP_NOT_REACHED, step.code(), next == null ? "-" : next.code());
        }
        StoredUpload stored = uploads.store(FOLDER, in);
        CaseAttachment a = new CaseAttachment();
        a.setCaseId(caseId);
        a.setStepCode(step.code());
        a.setOrgPath(c.getOrgPath());
        a.setFileName(FileNames.clean(fileName));
        a.setContentType(stored.contentType());
        a.setSizeBytes(stored.size());
        a.setObjectKey(stored.key());
        a.setUploadedBy(caller.accountId());
        a.setUploadedAt(clock.instant());
        attachments.insert(a);
        return view(a);
    }

    /** A file of a case in the caller's scope, taken off its step or not (the history shows both). */
    public Download download(long caseId, long attachmentId) {
        cases.inScope(caseId);
        CaseAttachment a = attachments.selectById(attachmentId);
        if (a == null || a.getCaseId() != caseId) {
            throw ApiException.notFound(NOT_FOUND);
        }
        byte[] bytes = store.get(a.getObjectKey()).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        return new Download(a.getFileName(), a.getContentType(), bytes);
    }

    /** The files on one step now, for the evidence check. */
    public List<CaseAttachment> onStep(long caseId, String code) {
        return attachments.selectList(Wrappers.<CaseAttachment>lambdaQuery().eq(CaseAttachment::getCaseId, caseId)
                .eq(CaseAttachment::getStepCode, code).isNull(CaseAttachment::getRemovedByChange)
                .orderByAsc(CaseAttachment::getId));
    }

    /** Takes files off their step for an approved change; the files and their rows stay for the history. */
    public void takeOff(Collection<Long> ids, long changeId) {
        if (ids.isEmpty()) {
            return;
        }
        attachments.update(null, Wrappers.<CaseAttachment>lambdaUpdate().in(CaseAttachment::getId, ids)
                .isNull(CaseAttachment::getRemovedByChange).set(CaseAttachment::getRemovedByChange, changeId));
    }

    @Override
    public Map<String, List<AttachmentView>> onSteps(long caseId) {
        return attachments.selectList(Wrappers.<CaseAttachment>lambdaQuery().eq(CaseAttachment::getCaseId, caseId)
                        .isNull(CaseAttachment::getRemovedByChange).orderByAsc(CaseAttachment::getId)).stream()
                .collect(Collectors.groupingBy(CaseAttachment::getStepCode, LinkedHashMap::new,
                        Collectors.mapping(Attachments::view, Collectors.toList())));
    }

    /** 409: {0} the step, {1} what it needs in Chinese ("步骤N15须上传照片"), {2} in English. */
    public static ApiException evidenceMissing(StepDefinition step) {
        return switch (step.evidence()) {
            case PHOTO -> ApiException.conflict(EVIDENCE_MISSING, step.code(), "照片", "a photo");
            default -> ApiException.conflict(EVIDENCE_MISSING, step.code(), step.evidence().label() + "（PDF或照片）",
                    "a document (a PDF, or a photo of the paper)");
        };
    }

    static AttachmentView view(CaseAttachment a) {
        return new AttachmentView(a.getId(), a.getStepCode(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                a.getUploadedBy(), a.getUploadedAt(),
                "/api/recruitment/cases/" + a.getCaseId() + "/attachments/" + a.getId());
    }
}
