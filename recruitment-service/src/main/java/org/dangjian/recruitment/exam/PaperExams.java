package org.dangjian.recruitment.exam;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.rules.RuleBook;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.storage.ImageUploads;
import org.dangjian.kit.storage.StoredUpload;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.recruitment.cases.Cases;
import org.dangjian.recruitment.cases.Performers;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.catalogue.Catalogues;
import org.dangjian.recruitment.catalogue.ExamKind;
import org.dangjian.recruitment.catalogue.StepDefinition;
import org.dangjian.recruitment.rules.AdmissionRuleDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A paper exam (where the applicant sat the exam on paper, not online) is recorded with a photo of its score
 * sheet by the administrators who may record the step that waits for it; it is a pass when the score reaches the
 * pass mark of rule set {@code admission} in force on the exam's date (local practice, 60 by default). A failed
 * exam is kept too: the step stays locked until a pass. The sheet is a photo (storage-kit's image uploads, type
 * from the bytes); a scanned PDF waits for the document uploads of the attachments work.
 */
@Service
class PaperExams {
    static final String KIND_NOT_ASKED = "RECRUITMENT_EXAM_KIND_NOT_ASKED";
    static final String SCORE_OUT_OF_RANGE = "RECRUITMENT_EXAM_SCORE_OUT_OF_RANGE";
    static final String DATE_IN_THE_FUTURE = "RECRUITMENT_DATE_IN_THE_FUTURE";
    static final String RECORDED_BY = "RECRUITMENT_EXAM_RECORDED_BY";
    private static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);
    private static final String FOLDER = "recruitment-exams";
    private final Cases cases;
    private final Catalogues catalogues;
    private final Performers performers;
    private final OrgDirectory orgs;
    private final RuleBook rules;
    private final AdmissionRuleDefinition admission;
    private final ImageUploads uploads;
    private final CaseExamMapper exams;
    private final Clock clock;

    PaperExams(Cases cases, Catalogues catalogues, Performers performers, OrgDirectory orgs, RuleBook rules,
               AdmissionRuleDefinition admission, ImageUploads uploads, CaseExamMapper exams, Clock clock) {
        this.cases = cases;
        this.catalogues = catalogues;
        this.performers = performers;
        this.orgs = orgs;
        this.rules = rules;
        this.admission = admission;
        this.uploads = uploads;
        this.exams = exams;
        this.clock = clock;
    }

    @Transactional
    public ExamView record(long caseId, ExamKind kind, BigDecimal score, LocalDate date, InputStream sheet,
                           CurrentUser caller) {
        RecruitmentCase c = cases.inScope(caseId);
        StepDefinition waiting = catalogues.version(c.getCatalogueVersion()).steps().stream()
                .filter(s -> s.exam() == kind).findFirst().orElse(null);
        List<FieldProblem> problems = new ArrayList<>();
        if (waiting == null) {
            problems.add(new FieldProblem("kind", KIND_NOT_ASKED));
        }
        if (score.signum() < 0 || score.compareTo(FULL_MARKS) > 0) {
            problems.add(new FieldProblem("score", SCORE_OUT_OF_RANGE));
        }
        if (date.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("date", DATE_IN_THE_FUTURE));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        OrgRef branch = orgs.find(c.getOrgId()).orElseThrow(() -> ApiException.notFound(Cases.NOT_FOUND));
        if (!performers.mayRecord(waiting.performer(), branch, caller)) {
            throw ApiException.forbidden(RECORDED_BY, kind.label(), waiting.code(), waiting.performer().label());
        }
        int passMark = rules.inForce(admission, date).passMark();
        StoredUpload stored = uploads.store(FOLDER, sheet);
        CaseExam exam = new CaseExam();
        exam.setCaseId(caseId);
        exam.setKind(kind.name());
        exam.setScore(score);
        exam.setTakenOn(date);
        exam.setPassed(score.compareTo(BigDecimal.valueOf(passMark)) >= 0);
        exam.setPassMark(passMark);
        exam.setSource(CaseExam.PAPER);
        exam.setSheetKey(stored.key());
        exam.setSheetType(stored.contentType());
        exam.setRecordedBy(caller.accountId());
        exam.setRecordedAt(clock.instant());
        exams.insert(exam);
        return ExamView.of(exam);
    }

    /** The exams of a case in the caller's scope, oldest first. */
    public List<ExamView> ofCase(long caseId) {
        cases.inScope(caseId);
        return exams.selectList(Wrappers.<CaseExam>lambdaQuery().eq(CaseExam::getCaseId, caseId)
                        .orderByAsc(CaseExam::getTakenOn).orderByAsc(CaseExam::getId)).stream()
                .map(ExamView::of).toList();
    }
}
