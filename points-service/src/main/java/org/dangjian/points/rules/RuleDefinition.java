package org.dangjian.points.rules;

import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;

/**
 * A set of rules kept as effective-dated data in the {@link RuleBook}: its name in routes and in the
 * table, its Chinese title, the record its value is read as, the national value that migration seeded
 * (and that applies if nothing was ever stored), and the checks a new value must pass. Each feature
 * declares its own as a bean (dues, organisational life, the appraisal); this package knows none of them.
 */
public interface RuleDefinition<T> {
    String name();

    String title();

    Class<T> type();

    T national();

    /** What is wrong with a proposed value, each problem naming its field below {@code value}; empty if nothing. */
    List<FieldProblem> problems(T value);
}
