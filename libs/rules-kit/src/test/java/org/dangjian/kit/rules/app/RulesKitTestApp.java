package org.dangjian.kit.rules.app;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.rules.RuleDefinition;
import org.dangjian.kit.rules.RuleSetChanges;
import org.dangjian.kit.rules.RuleSetRoutes;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A tiny service with one rule set, {@code admission}, and the kit's routes under its area. */
@SpringBootApplication
public class RulesKitTestApp {

    public record Admission(Integer minimumAge) {
    }

    @Component
    static class AdmissionDefinition implements RuleDefinition<Admission> {
        @Override
        public String name() {
            return "admission";
        }

        @Override
        public String title() {
            return "入党年龄";
        }

        @Override
        public Class<Admission> type() {
            return Admission.class;
        }

        @Override
        public Admission national() {
            return new Admission(18);
        }

        @Override
        public String nationalSource() {
            return "党章第一条";
        }

        @Override
        public List<FieldProblem> problems(Admission value) {
            List<FieldProblem> problems = new ArrayList<>();
            if (value.minimumAge() == null || value.minimumAge() < 18) {
                problems.add(new FieldProblem("minimumAge", "RULE_SET_VALUE_UNREADABLE"));
            }
            return problems;
        }
    }

    @RestController
    @RequestMapping("/api/test/rule-sets")
    static class TestRuleSetController extends RuleSetRoutes {
        TestRuleSetController(RuleSetChanges changes) {
            super(changes);
        }
    }
}
