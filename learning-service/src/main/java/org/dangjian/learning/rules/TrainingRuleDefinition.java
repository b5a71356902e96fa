package org.dangjian.learning.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.rules.RuleDefinition;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * The training rules in learning-service's rule book: the yearly class hours of members and of secretaries and
 * committee members. A city may ask more; more than {@value #MOST_SENSIBLE_HOURS} hours a year is taken for a
 * typing error.
 */
@Component
public class TrainingRuleDefinition implements RuleDefinition<TrainingRules> {
    public static final String NAME = "training";
    static final int MOST_SENSIBLE_HOURS = 500;
    static final String REQUIRED = "LEARNING_RULE_SET_REQUIRED";
    static final String BELOW_NATIONAL = "LEARNING_RULE_SET_BELOW_NATIONAL";
    static final String OUT_OF_RANGE = "LEARNING_RULE_SET_OUT_OF_RANGE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "党员教育培训学时要求";
    }

    @Override
    public Class<TrainingRules> type() {
        return TrainingRules.class;
    }

    @Override
    public TrainingRules national() {
        return TrainingRules.national();
    }

    @Override
    public String nationalSource() {
        return "全国标准：《2019—2023年全国党员教育培训工作规划》：党员每年集中学习培训时间一般不少于32学时；"
                + "基层党组织书记和班子成员每年集中学习培训时间不少于56学时";
    }

    @Override
    public List<FieldProblem> problems(TrainingRules r) {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "memberHours", r.memberHours(), TrainingRules.national().memberHours());
        check(problems, "leaderHours", r.leaderHours(), TrainingRules.national().leaderHours());
        return problems;
    }

    private static void check(List<FieldProblem> problems, String field, BigDecimal value, BigDecimal national) {
        if (value == null) {
            problems.add(new FieldProblem(field, REQUIRED));
        } else if (value.compareTo(national) < 0) {
            problems.add(new FieldProblem(field, BELOW_NATIONAL));
        } else if (value.compareTo(BigDecimal.valueOf(MOST_SENSIBLE_HOURS)) > 0) {
            problems.add(new FieldProblem(field, OUT_OF_RANGE));
        }
    }
}
