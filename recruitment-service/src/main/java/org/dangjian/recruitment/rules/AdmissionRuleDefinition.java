package org.dangjian.recruitment.rules;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.rules.RuleDefinition;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The admission rules in recruitment-service's rule book: the minimum age of an applicant on the date of the
 * written application, 18 by the Party Constitution. The same shape as member-service's rule set of the same
 * name (which checks the age on the join date); which service owns the value once both exist is the lead's
 * question. A city may ask more, never less; above {@value #HIGHEST_SENSIBLE_AGE} is taken for a typing error.
 * The same rule set holds the pass mark of paper exams (local practice, 60 by default, 0 to 100).
 */
@Component
public class AdmissionRuleDefinition implements RuleDefinition<AdmissionRules> {
    static final String NAME = "admission";
    static final int HIGHEST_SENSIBLE_AGE = 60;
    /** Exams are marked out of 100. */
    static final int MAX_SCORE = 100;
    static final String REQUIRED = "RECRUITMENT_RULE_SET_REQUIRED";
    static final String BELOW_NATIONAL = "RECRUITMENT_RULE_SET_BELOW_THE_CONSTITUTION";
    static final String OUT_OF_RANGE = "RECRUITMENT_RULE_SET_OUT_OF_RANGE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "申请入党年龄与考试及格分";
    }

    @Override
    public Class<AdmissionRules> type() {
        return AdmissionRules.class;
    }

    @Override
    public AdmissionRules national() {
        return AdmissionRules.national();
    }

    @Override
    public String nationalSource() {
        return "全国标准：《中国共产党章程》第一条：年满十八岁的中国工人、农民、军人、知识分子和其他社会阶层的先进分子，"
                + "承认党的纲领和章程，愿意参加党的一个组织并在其中积极工作、执行党的决议和按期交纳党费的，可以申请加入中国共产党";
    }

    @Override
    public List<FieldProblem> problems(AdmissionRules r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.minimumAge() == null) {
            problems.add(new FieldProblem("minimumAge", REQUIRED));
        } else if (r.minimumAge() < AdmissionRules.NATIONAL_MINIMUM_AGE) {
            problems.add(new FieldProblem("minimumAge", BELOW_NATIONAL));
        } else if (r.minimumAge() > HIGHEST_SENSIBLE_AGE) {
            problems.add(new FieldProblem("minimumAge", OUT_OF_RANGE));
        }
        if (r.examPassMark() != null && (r.examPassMark() < 0 || r.examPassMark() > MAX_SCORE)) {
            problems.add(new FieldProblem("examPassMark", OUT_OF_RANGE));
        }
        return problems;
    }
}
