package org.dangjian.points.compliance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.points.ledger.ActivityType;
import org.dangjian.kit.rules.RuleDefinition;
import org.springframework.stereotype.Component;

/** The organisational-life rules in the rule book: what a new value must satisfy. */
@Component
class OrgLifeRuleDefinition implements RuleDefinition<OrgLifeRules> {
    static final String REQUIRED = "POINTS_RULE_SET_REQUIRED";
    static final String OUT_OF_RANGE = "POINTS_RULE_SET_OUT_OF_RANGE";
    static final String TYPE_TWICE = "POINTS_RULE_SET_TYPE_TWICE";

    @Override
    public String name() {
        return "organisational-life";
    }

    @Override
    public String title() {
        return "组织生活频次（三会一课等）";
    }

    @Override
    public Class<OrgLifeRules> type() {
        return OrgLifeRules.class;
    }

    @Override
    public OrgLifeRules national() {
        return OrgLifeRules.national();
    }

    /** As seeded with the national value (migration V8). */
    @Override
    public String nationalSource() {
        return "全国标准：《中国共产党支部工作条例（试行）》（2018年）：支部党员大会每季度、支部委员会会议每月、主题党日每月、组织生活会每年至少1次，正式党员7人以上的党支部设立支部委员会；党课按季度为通行做法";
    }

    @Override
    public List<FieldProblem> problems(OrgLifeRules r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.requirements() == null) {
            problems.add(new FieldProblem("requirements", REQUIRED));
        } else {
            Set<ActivityType> seen = new HashSet<>();
            for (int i = 0; i < r.requirements().size(); i++) {
                Requirement q = r.requirements().get(i);
                if (q == null || q.type() == null) {
                    problems.add(new FieldProblem("requirements[" + i + "].type", REQUIRED));
                } else if (!seen.add(q.type())) {
                    problems.add(new FieldProblem("requirements[" + i + "].type", TYPE_TWICE));
                }
                if (q != null && q.period() == null) {
                    problems.add(new FieldProblem("requirements[" + i + "].period", REQUIRED));
                }
            }
        }
        // a committee has at least 3 members (a secretary and two), so no branch of fewer has one
        if (r.fullMembersForACommittee() == null) {
            problems.add(new FieldProblem("fullMembersForACommittee", REQUIRED));
        } else if (r.fullMembersForACommittee() < 3 || r.fullMembersForACommittee() > 100) {
            problems.add(new FieldProblem("fullMembersForACommittee", OUT_OF_RANGE));
        }
        // warned before flagged, and both within two years: a longer silence is no longer a warning
        if (r.warnAfterMonthsWithout() != null && (r.warnAfterMonthsWithout() < 1 || r.warnAfterMonthsWithout() > 24)) {
            problems.add(new FieldProblem("warnAfterMonthsWithout", OUT_OF_RANGE));
        }
        if (r.flagAfterMonthsWithout() != null && (r.flagAfterMonthsWithout() <= r.warnAt()
                || r.flagAfterMonthsWithout() > 24)) {
            problems.add(new FieldProblem("flagAfterMonthsWithout", OUT_OF_RANGE));
        }
        return problems;
    }
}
