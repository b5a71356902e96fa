package org.dangjian.kit.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and changing the rule sets the service declares ({@link RuleDefinition} beans). A new value applies
 * from today or a later day, never from a day gone by (what was decided then keeps the value it was decided
 * with), and must pass its definition's checks. Who may change one is the routes' declaration
 * ({@link RuleSetRoutes}: the city administrator).
 */
public class RuleSetChanges {
    static final String NOT_FOUND = "RULE_SET_NOT_FOUND";
    static final String IN_THE_PAST = "RULE_SET_FROM_THE_PAST";
    static final String UNREADABLE = "RULE_SET_VALUE_UNREADABLE";
    private final Map<String, RuleDefinition<?>> definitions = new LinkedHashMap<>();
    private final RuleBook book;
    private final JsonMapper json;
    private final Clock clock;

    public RuleSetChanges(List<RuleDefinition<?>> definitions, RuleBook book, JsonMapper json, Clock clock) {
        definitions.forEach(d -> this.definitions.put(d.name(), d));
        this.book = book;
        this.json = json;
        this.clock = clock;
    }

    public List<RuleSetView> all() {
        return definitions.values().stream().map(this::view).toList();
    }

    public RuleSetView view(String name) {
        return view(definition(name));
    }

    @Transactional
    public RuleSetView change(String name, RuleSetRequest request, long by) {
        return change(definition(name), request, by);
    }

    private <T> RuleSetView change(RuleDefinition<T> rule, RuleSetRequest r, long by) {
        if (r.effectiveFrom().isBefore(LocalDate.now(clock))) {
            throw ApiException.invalidField("effectiveFrom", IN_THE_PAST);
        }
        T value;
        try {
            value = json.convertValue(r.value(), rule.type());
        } catch (JacksonException | IllegalArgumentException e) {
            throw ApiException.invalidField("value", UNREADABLE);
        }
        List<FieldProblem> problems = rule.problems(value).stream()
                .map(p -> new FieldProblem("value." + p.field(), p.message())).toList();
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        book.set(rule, value, r.effectiveFrom(), r.source().strip(), by);
        return view(rule);
    }

    private <T> RuleSetView view(RuleDefinition<T> rule) {
        RuleTimeline<T> timeline = book.timeline(rule);
        return new RuleSetView(rule.name(), rule.title(), RuleSetView.Value.of(timeline.entryInForce(LocalDate.now(clock))),
                timeline.history().stream().map(RuleSetView.Value::of).toList());
    }

    private RuleDefinition<?> definition(String name) {
        RuleDefinition<?> rule = definitions.get(name);
        if (rule == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return rule;
    }
}
