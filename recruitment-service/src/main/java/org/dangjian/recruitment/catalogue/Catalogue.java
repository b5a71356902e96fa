package org.dangjian.recruitment.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A loaded catalogue version: immutable, so it is read once and kept. */
public record Catalogue(int version, Integer refines, CatalogueDocument document, Long loadedBy, Instant loadedAt) {
    public List<StepDefinition> steps() {
        return document.steps();
    }

    /** The step of this code, or null. */
    public StepDefinition step(String code) {
        return byCode().get(code);
    }

    /** The position of a step in the unlocking order (0 for the application), or -1. */
    public int position(String code) {
        for (int i = 0; i < steps().size(); i++) {
            if (steps().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private Map<String, StepDefinition> byCode() {
        return steps().stream().collect(Collectors.toMap(StepDefinition::code, Function.identity()));
    }
}
