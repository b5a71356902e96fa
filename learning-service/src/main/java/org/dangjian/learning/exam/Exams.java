package org.dangjian.learning.exam;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.orgs.PublishingOrg;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exams as administrators prepare and publish them. A fixed paper's questions must come from the banks the exam
 * may use; a drawn paper must be fillable from them when it is published, so no taker ever gets a short paper.
 */
@Service
class Exams {
    static final String NOT_FOUND = "LEARNING_EXAM_NOT_FOUND";
    private final ExamMapper exams;
    private final QuestionBank bank;
    private final OrgDirectory orgs;
    private final Clock clock;

    Exams(ExamMapper exams, QuestionBank bank, OrgDirectory orgs, Clock clock) {
        this.exams = exams;
        this.bank = bank;
        this.orgs = orgs;
        this.clock = clock;
    }

    @Transactional
    ExamView create(ExamRequest request, CurrentUser by) {
        OrgRef org = PublishingOrg.of(orgs, request.orgId(), by);
        Paper paper = new Paper(request.questionIds(), request.draws());
        if (paper.fixed() == !paper.draws().isEmpty()) {
            throw ApiException.invalidField("questionIds", "LEARNING_EXAM_ONE_PAPER");
        }
        if (paper.fixed()) {
            if (new HashSet<>(paper.questionIds()).size() != paper.questionIds().size()) {
                throw ApiException.invalidField("questionIds", "LEARNING_EXAM_QUESTION_TWICE");
            }
            if (bank.usable(org.path(), paper.questionIds()).size() != paper.questionIds().size()) {
                throw ApiException.invalidField("questionIds", "LEARNING_EXAM_QUESTION_NOT_IN_BANK");
            }
        }
        Exam exam = new Exam();
        exam.setOrgId(org.orgId());
        exam.setOrgPath(org.path());
        exam.setTitle(request.title().strip());
        exam.setKind(request.kind().name());
        exam.setDurationMinutes(request.durationMinutes());
        exam.setPassScore(request.passScore());
        exam.setMaxAttempts(request.maxAttempts());
        exam.setPaper(bank.write(paper));
        exam.setStatus(ExamStatus.DRAFT.name());
        exam.setCreatedBy(by.accountId());
        exam.setCreatedAt(clock.instant());
        exams.insert(exam);
        return view(exam);
    }

    @Transactional
    ExamView publish(long id) {
        Exam exam = managed(id);
        if (ExamStatus.PUBLISHED.name().equals(exam.getStatus())) {
            throw ApiException.conflict("LEARNING_EXAM_ALREADY_PUBLISHED");
        }
        Paper paper = paperOf(exam);
        if (!paper.fixed() && draw(exam.getOrgPath(), paper).size() < paper.size()) {
            throw ApiException.conflict("LEARNING_EXAM_PAPER_UNFILLABLE", paper.size());
        }
        exam.setStatus(ExamStatus.PUBLISHED.name());
        exam.setPublishedAt(clock.instant());
        exams.updateById(exam);
        return view(exam);
    }

    ExamView get(long id) {
        return view(managed(id));
    }

    List<ExamView> list() {
        return exams.selectList(new LambdaQueryWrapper<Exam>().orderByDesc(Exam::getId)).stream().map(this::view).toList();
    }

    /** The questions of one sitting: the fixed paper, or a draw by each rule in turn, no question twice. */
    List<Long> draw(String examPath, Paper paper) {
        if (paper.fixed()) {
            return paper.questionIds();
        }
        List<Long> drawn = new ArrayList<>();
        for (Draw rule : paper.draws()) {
            drawn.addAll(bank.draw(examPath, rule, drawn));
        }
        return drawn;
    }

    Paper paperOf(Exam exam) {
        return bank.read(exam.getPaper(), Paper.class);
    }

    private ExamView view(Exam e) {
        Paper paper = paperOf(e);
        return new ExamView(e.getId(), e.getTitle(), ExamKind.valueOf(e.getKind()), e.getOrgId(),
                ExamStatus.valueOf(e.getStatus()), e.getDurationMinutes(), e.getPassScore(), e.getMaxAttempts(),
                paper.size(), paper.questionIds(), paper.draws(), e.getPublishedAt());
    }

    private Exam managed(long id) {
        Exam exam = exams.selectById(id);
        if (exam == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return exam;
    }
}
