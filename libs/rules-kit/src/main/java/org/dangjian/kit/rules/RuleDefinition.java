package org.dangjian.kit.rules;

import java.util.List;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;

/**
 * A rule set kept as effective-dated data in the {@link RuleBook}, declared by the service that applies it
 * (as a bean): its name in routes and in the table, its Chinese title, the record its value is read as, the
 * national value (in force wherever nothing was set for a day) with the rule it comes from, and the checks a
 * new value must pass. The kit knows none of them.
 */
public interface RuleDefinition<T> {
    String name();

    String title();

    Class<T> type();

    T national();

    /** Where the national value comes from (the document and article), shown with it. */
    String nationalSource();

    /** What is wrong with a proposed value, each problem naming its field below {@code value}; empty if nothing. */
    List<FieldProblem> problems(T value);
}
