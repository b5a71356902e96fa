package org.dangjian.points.dues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.rules.RuleDefinition;
import org.springframework.stereotype.Component;

/** The dues rules in the rule book: what a new value must satisfy. */
@Component
class DuesRuleDefinition implements RuleDefinition<DuesRules> {
    static final String REQUIRED = "POINTS_RULE_SET_REQUIRED";
    static final String OUT_OF_RANGE = "POINTS_RULE_SET_OUT_OF_RANGE";
    static final String BRACKETS_ORDER = "POINTS_RULE_SET_BRACKETS_ORDER";
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public String name() {
        return "dues";
    }

    @Override
    public String title() {
        return "党费交纳标准";
    }

    @Override
    public Class<DuesRules> type() {
        return DuesRules.class;
    }

    @Override
    public DuesRules national() {
        return DuesRules.national();
    }

    /** As seeded with the national value (migration V8). */
    @Override
    public String nationalSource() {
        return "全国标准：中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》（2008年）";
    }

    @Override
    public List<FieldProblem> problems(DuesRules r) {
        List<FieldProblem> problems = new ArrayList<>();
        brackets("employed", r.employed(), problems);
        brackets("retired", r.retired(), problems);
        amount("farmerMin", r.farmerMin(), problems);
        amount("farmerMax", r.farmerMax(), problems);
        amount("token", r.token(), problems);
        if (r.farmerMin() != null && r.farmerMax() != null && r.farmerMin().compareTo(r.farmerMax()) > 0) {
            problems.add(new FieldProblem("farmerMax", OUT_OF_RANGE));
        }
        if (r.backPaymentMonths() == null) {
            problems.add(new FieldProblem("backPaymentMonths", REQUIRED));
        } else if (r.backPaymentMonths() < 0 || r.backPaymentMonths() > 24) {
            problems.add(new FieldProblem("backPaymentMonths", OUT_OF_RANGE));
        }
        return problems;
    }

    /** Limits rising, the last open; rates from 0 to 100 percent with at most two decimals. */
    private static void brackets(String field, List<DuesRules.Bracket> brackets, List<FieldProblem> problems) {
        if (brackets == null || brackets.isEmpty()) {
            problems.add(new FieldProblem(field, REQUIRED));
            return;
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < brackets.size(); i++) {
            DuesRules.Bracket b = brackets.get(i);
            String at = field + "[" + i + "]";
            if (b == null || b.percent() == null) {
                problems.add(new FieldProblem(at + ".percent", REQUIRED));
                continue;
            }
            if (b.percent().signum() < 0 || b.percent().compareTo(HUNDRED) > 0 || b.percent().stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(at + ".percent", OUT_OF_RANGE));
            }
            boolean last = i == brackets.size() - 1;
            if (last != (b.upTo() == null) || (b.upTo() != null && b.upTo().compareTo(previous) <= 0)) {
                problems.add(new FieldProblem(at + ".upTo", BRACKETS_ORDER));
            } else if (b.upTo() != null) {
                previous = b.upTo();
            }
        }
    }

    private static void amount(String field, BigDecimal amount, List<FieldProblem> problems) {
        if (amount == null) {
            problems.add(new FieldProblem(field, REQUIRED));
        } else if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, OUT_OF_RANGE));
        }
    }
}
