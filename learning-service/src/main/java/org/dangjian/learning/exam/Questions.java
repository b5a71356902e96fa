package org.dangjian.learning.exam;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.orgs.PublishingOrg;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The question banks as administrators fill them: each question checked against its kind before it is kept. */
@Service
class Questions {
    static final List<String> TRUE_FALSE = List.of("正确", "错误");
    private final QuestionMapper questions;
    private final QuestionBank bank;
    private final OrgDirectory orgs;
    private final Clock clock;

    Questions(QuestionMapper questions, QuestionBank bank, OrgDirectory orgs, Clock clock) {
        this.questions = questions;
        this.bank = bank;
        this.orgs = orgs;
        this.clock = clock;
    }

    @Transactional
    QuestionView create(QuestionRequest request, CurrentUser by) {
        OrgRef org = PublishingOrg.of(orgs, request.orgId(), by);
        KeyedQuestion checked = checked(request);
        Question question = new Question();
        question.setOrgId(org.orgId());
        question.setOrgPath(org.path());
        question.setKind(checked.kind().name());
        question.setStem(checked.stem());
        question.setOptions(bank.write(checked.options()));
        question.setCorrect(bank.write(checked.correct()));
        question.setAccepted(bank.write(checked.accepted()));
        question.setTags(QuestionBank.tagsColumn(checked.tags()));
        question.setDifficulty(checked.difficulty());
        question.setCreatedBy(by.accountId());
        question.setCreatedAt(clock.instant());
        questions.insert(question);
        return view(question);
    }

    /** The questions of the caller's subtree's banks, newest first, of a kind and tag when given. */
    PageResult<QuestionView> list(QuestionKind kind, String tag, PageQuery paging) {
        LambdaQueryWrapper<Question> where = new LambdaQueryWrapper<Question>()
                .eq(kind != null, Question::getKind, kind == null ? null : kind.name())
                .like(tag != null && !tag.isBlank(), Question::getTags, "," + (tag == null ? "" : tag.strip()) + ",")
                .orderByDesc(Question::getId);
        Page<Question> page = questions.selectPage(new Page<>(paging.page(), paging.size()), where);
        return PageResult.of(page.getRecords().stream().map(this::view).toList(), page.getTotal(), paging);
    }

    private QuestionView view(Question q) {
        return new QuestionView(q.getId(), QuestionKind.valueOf(q.getKind()), q.getStem(), bank.texts(q.getOptions()),
                bank.indices(q.getCorrect()), bank.texts(q.getAccepted()), QuestionBank.tagList(q.getTags()),
                q.getDifficulty(), q.getOrgId());
    }

    /** What the kind asks of the options and the key; the field that falls short is named. */
    static KeyedQuestion checked(QuestionRequest r) {
        List<String> options = r.options() == null ? List.of() : r.options().stream().map(String::strip).toList();
        List<Integer> correct = r.correct() == null ? List.of() : r.correct().stream().distinct().sorted().toList();
        List<String> accepted = r.accepted() == null ? List.of() : r.accepted().stream().map(String::strip).toList();
        List<String> tags = r.tags() == null ? List.of() : r.tags().stream().map(String::strip).distinct().toList();
        switch (r.kind()) {
            case SINGLE, MULTIPLE -> {
                if (options.size() < 2) {
                    throw ApiException.invalidField("options", "LEARNING_QUESTION_OPTIONS_REQUIRED");
                }
                int optionCount = options.size();
                boolean inRange = correct.stream().allMatch(i -> i < optionCount);
                int wanted = r.kind() == QuestionKind.SINGLE ? 1 : 2;
                if (!inRange || correct.size() < wanted || r.kind() == QuestionKind.SINGLE && correct.size() != 1) {
                    throw ApiException.invalidField("correct", r.kind() == QuestionKind.SINGLE
                            ? "LEARNING_QUESTION_ONE_RIGHT_OPTION" : "LEARNING_QUESTION_TWO_RIGHT_OPTIONS");
                }
                accepted = List.of();
            }
            case TRUE_FALSE -> {
                if (correct.size() != 1 || correct.get(0) > 1) {
                    throw ApiException.invalidField("correct", "LEARNING_QUESTION_TRUE_OR_FALSE");
                }
                options = TRUE_FALSE;
                accepted = List.of();
            }
            case FILL -> {
                if (accepted.isEmpty()) {
                    throw ApiException.invalidField("accepted", "LEARNING_QUESTION_ACCEPTED_REQUIRED");
                }
                options = List.of();
                correct = List.of();
            }
        }
        return new KeyedQuestion(0, r.kind(), r.stem().strip(), options, correct, accepted, tags,
                Objects.requireNonNull(r.difficulty()));
    }
}
