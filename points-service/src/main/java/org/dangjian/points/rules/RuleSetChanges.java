package org.dangjian.points.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reading and changing the effective-dated rule sets that the features declare ({@link RuleDefinition} beans). */
@Service
class RuleSetChanges {
    static final String NOT_FOUND = "POINTS_RULE_SET_NOT_FOUND";
    static final String IN_THE_PAST = "POINTS_RULE_SET_FROM_THE_PAST";
    static final String UNREADABLE = "POINTS_RULE_SET_VALUE_UNREADABLE";
    private final Map<String, RuleDefinition<?>> definitions = new LinkedHashMap<>();
    private final RuleBook book;
    private final JsonMapper json;
    private final Clock clock;

    RuleSetChanges(List<RuleDefinition<?>> definitions, RuleBook book, JsonMapper json, Clock clock) {
        definitions.forEach(d -> this.definitions.put(d.name(), d));
        this.book = book;
        this.json = json;
        this.clock = clock;
    }

    List<RuleSetView> all() {
        return definitions.values().stream().map(this::view).toList();
    }

    RuleSetView view(String name) {
        return view(definition(name));
    }

    @Transactional
    public RuleSetView change(String name, RuleSetRequest r, long by) {
        return change(definition(name), r, by);
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
        List<FieldProblem> problems = new ArrayList<>();
        rule.problems(value).forEach(p -> problems.add(new FieldProblem("value." + p.field(), p.message())));
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, problems);
        }
        book.set(rule, value, r.effectiveFrom(), r.source().strip(), by);
        return view(rule);
    }

    private <T> RuleSetView view(RuleDefinition<T> rule) {
        RuleBook.Entry<T> inForce = book.entryInForce(rule, LocalDate.now(clock));
        return new RuleSetView(rule.name(), rule.title(), RuleSetView.Value.of(inForce),
                book.history(rule).stream().map(RuleSetView.Value::of).toList());
    }

    private RuleDefinition<?> definition(String name) {
        RuleDefinition<?> rule = definitions.get(name);
        if (rule == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return rule;
    }
}
