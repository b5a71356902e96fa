package org.dangjian.points.appraisal;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.rules.RuleDefinition;
import org.springframework.stereotype.Component;

/** The appraisal's rule in the rule book: the largest share of those appraised that may be graded excellent. */
@Component
class AppraisalRuleDefinition implements RuleDefinition<AppraisalRules> {
    static final String REQUIRED = "POINTS_RULE_SET_REQUIRED";
    static final String OUT_OF_RANGE = "POINTS_RULE_SET_OUT_OF_RANGE";

    @Override
    public String name() {
        return "appraisal";
    }

    @Override
    public String title() {
        return "民主评议党员";
    }

    @Override
    public Class<AppraisalRules> type() {
        return AppraisalRules.class;
    }

    @Override
    public AppraisalRules national() {
        return AppraisalRules.national();
    }

    /** As seeded with the national value (migration V8). */
    @Override
    public String nationalSource() {
        return "全国做法：民主评议党员每年开展，评定优秀、合格、基本合格、不合格，评为优秀的一般不超过参评党员的三分之一";
    }

    @Override
    public List<FieldProblem> problems(AppraisalRules r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.excellentAtMost() == null) {
            problems.add(new FieldProblem("excellentAtMost", REQUIRED));
            return problems;
        }
        Integer n = r.excellentAtMost().numerator();
        Integer d = r.excellentAtMost().denominator();
        if (d <= 0 || n < 0 || n > d) {
            problems.add(new FieldProblem("excellentAtMost", OUT_OF_RANGE));
        }
        return problems;
    }
}
