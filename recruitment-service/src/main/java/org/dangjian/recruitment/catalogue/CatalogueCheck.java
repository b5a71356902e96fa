package org.dangjian.recruitment.catalogue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.kit.web.problem.ApiException.FieldProblem;

/**
 * What makes a catalogue usable beyond the shape of its fields: steps unlock in order, so every time rule
 * measures from an earlier step; the five stages are the national ones (so that pipelines of cases on
 * different versions add up); each role the platform acts on appears once, in order, on a step that can carry
 * it. A city's finer catalogue also refines the national one: each step names the national step it belongs to,
 * in the national order, and no national step is left out. Every fault is named by its field.
 */
final class CatalogueCheck {
    static final String STAGES_NOT_NATIONAL = "RECRUITMENT_CATALOGUE_STAGES_NOT_NATIONAL";
    static final String UNKNOWN_STAGE = "RECRUITMENT_CATALOGUE_UNKNOWN_STAGE";
    static final String STAGE_BACKWARDS = "RECRUITMENT_CATALOGUE_STAGE_BACKWARDS";
    static final String STEP_TWICE = "RECRUITMENT_CATALOGUE_STEP_TWICE";
    static final String RULE_NOT_EARLIER = "RECRUITMENT_CATALOGUE_RULE_NOT_EARLIER";
    static final String ROLE_TWICE = "RECRUITMENT_CATALOGUE_ROLE_TWICE";
    static final String ROLE_MISSING = "RECRUITMENT_CATALOGUE_ROLE_MISSING";
    static final String ROLE_OUT_OF_ORDER = "RECRUITMENT_CATALOGUE_ROLE_OUT_OF_ORDER";
    static final String APPLICATION_FIRST = "RECRUITMENT_CATALOGUE_APPLICATION_FIRST";
    static final String VOTE_OF_ROLE = "RECRUITMENT_CATALOGUE_VOTE_OF_ROLE";
    static final String PEOPLE_RANGE = "RECRUITMENT_CATALOGUE_PEOPLE_RANGE";
    static final String FIELD_TWICE = "RECRUITMENT_CATALOGUE_FIELD_TWICE";
    static final String CHOICES_MISSING = "RECRUITMENT_CATALOGUE_CHOICES_MISSING";
    static final String REFINES_MISSING = "RECRUITMENT_CATALOGUE_REFINES_MISSING";
    static final String REFINES_UNKNOWN = "RECRUITMENT_CATALOGUE_REFINES_UNKNOWN";
    static final String REFINES_BACKWARDS = "RECRUITMENT_CATALOGUE_REFINES_BACKWARDS";
    static final String NATIONAL_STEP_LEFT_OUT = "RECRUITMENT_CATALOGUE_NATIONAL_STEP_LEFT_OUT";
    static final String NATIONAL_REFINES = "RECRUITMENT_CATALOGUE_NATIONAL_REFINES";

    private CatalogueCheck() {
    }

    /** The faults of the national catalogue itself (it refines nothing). */
    static List<FieldProblem> national(CatalogueDocument c) {
        List<FieldProblem> problems = new ArrayList<>(ordered(c, c.stages().stream().map(Stage::code).toList()));
        for (int i = 0; i < c.steps().size(); i++) {
            if (c.steps().get(i).refines() != null) {
                problems.add(new FieldProblem(step(i) + ".refines", NATIONAL_REFINES));
            }
        }
        return problems;
    }

    /** The faults of a city's catalogue refining {@code national}. */
    static List<FieldProblem> refining(CatalogueDocument c, CatalogueDocument national) {
        List<String> nationalStages = national.stages().stream().map(Stage::code).toList();
        List<FieldProblem> problems = new ArrayList<>(ordered(c, nationalStages));
        Map<String, Integer> nationalPosition = new HashMap<>();
        for (int i = 0; i < national.steps().size(); i++) {
            nationalPosition.put(national.steps().get(i).code(), i);
        }
        Set<String> refined = new HashSet<>();
        int last = -1;
        for (int i = 0; i < c.steps().size(); i++) {
            String refines = c.steps().get(i).refines();
            Integer at = refines == null ? null : nationalPosition.get(refines);
            if (refines == null) {
                problems.add(new FieldProblem(step(i) + ".refines", REFINES_MISSING));
            } else if (at == null) {
                problems.add(new FieldProblem(step(i) + ".refines", REFINES_UNKNOWN));
            } else if (at < last) {
                problems.add(new FieldProblem(step(i) + ".refines", REFINES_BACKWARDS));
            } else {
                last = at;
                refined.add(refines);
            }
        }
        if (problems.isEmpty()) {
            national.steps().stream().map(StepDefinition::code).filter(code -> !refined.contains(code)).findFirst()
                    .ifPresent(code -> problems.add(new FieldProblem("steps", NATIONAL_STEP_LEFT_OUT)));
        }
        return problems;
    }

    private static List<FieldProblem> ordered(CatalogueDocument c, List<String> nationalStages) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> stages = c.stages().stream().map(Stage::code).toList();
        if (!stages.equals(nationalStages)) {
            problems.add(new FieldProblem("stages", STAGES_NOT_NATIONAL));
        }
        Set<String> earlier = new HashSet<>();
        Map<StepRole, Integer> roles = new EnumMap<>(StepRole.class);
        int stageAt = 0;
        for (int i = 0; i < c.steps().size(); i++) {
            StepDefinition s = c.steps().get(i);
            int stage = stages.indexOf(s.stage());
            if (stage < 0) {
                problems.add(new FieldProblem(step(i) + ".stage", UNKNOWN_STAGE));
            } else if (stage < stageAt) {
                problems.add(new FieldProblem(step(i) + ".stage", STAGE_BACKWARDS));
            } else {
                stageAt = stage;
            }
            for (int r = 0; r < s.timeRules().size(); r++) {
                if (!earlier.contains(s.timeRules().get(r).after())) {
                    problems.add(new FieldProblem(step(i) + ".timeRules[" + r + "].after", RULE_NOT_EARLIER));
                }
            }
            if (!earlier.add(s.code())) {
                problems.add(new FieldProblem(step(i) + ".code", STEP_TWICE));
            }
            problems.addAll(role(s, i, roles));
            if (s.people() != null && s.people().min() > s.people().max()) {
                problems.add(new FieldProblem(step(i) + ".people.max", PEOPLE_RANGE));
            }
            problems.addAll(fields(s, i));
        }
        for (StepRole role : StepRole.values()) {
            if (!roles.containsKey(role)) {
                problems.add(new FieldProblem("steps", ROLE_MISSING));
                break;
            }
        }
        return problems;
    }

    private static List<FieldProblem> role(StepDefinition s, int i, Map<StepRole, Integer> roles) {
        List<FieldProblem> problems = new ArrayList<>();
        if (s.role() == null) {
            if (s.vote() != null) {
                problems.add(new FieldProblem(step(i) + ".vote", VOTE_OF_ROLE));
            }
            return problems;
        }
        if (roles.containsKey(s.role())) {
            problems.add(new FieldProblem(step(i) + ".role", ROLE_TWICE));
        } else if (roles.keySet().stream().anyMatch(r -> r.ordinal() > s.role().ordinal())) {
            problems.add(new FieldProblem(step(i) + ".role", ROLE_OUT_OF_ORDER));
        }
        roles.putIfAbsent(s.role(), i);
        if (s.role() == StepRole.APPLICATION && i != 0) {
            problems.add(new FieldProblem(step(i) + ".role", APPLICATION_FIRST));
        }
        VoteKind vote = switch (s.role()) {
            case ADMISSION_VOTE -> VoteKind.ADMISSION;
            case CONFIRMATION_VOTE -> VoteKind.CONFIRMATION;
            default -> null;
        };
        if (vote != s.vote() && (vote != null || s.vote() != null)) {
            problems.add(new FieldProblem(step(i) + ".vote", VOTE_OF_ROLE));
        }
        return problems;
    }

    private static List<FieldProblem> fields(StepDefinition s, int i) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int f = 0; f < s.fields().size(); f++) {
            FieldDefinition field = s.fields().get(f);
            if (!names.add(field.name())) {
                problems.add(new FieldProblem(step(i) + ".fields[" + f + "].name", FIELD_TWICE));
            }
            if (field.type() == FieldType.CHOICE && field.choices().isEmpty()) {
                problems.add(new FieldProblem(step(i) + ".fields[" + f + "].choices", CHOICES_MISSING));
            }
        }
        return problems;
    }

    private static String step(int i) {
        return "steps[" + i + "]";
    }
}
