package org.dangjian.recruitment.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Full members of the platform a step names for the person: training contacts (1–2) or introducers (2). */
public record People(@NotNull PeopleKind kind, @Positive @Max(5) int min, @Positive @Max(5) int max) {
}
