package org.dangjian.recruitment.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A recurring duty within a step, e.g. an activist is inspected every six months while being trained. */
public record Span(@Positive @Max(120) int amount, @NotNull TimeUnit unit, @NotBlank @Size(max = 200) String basis) {
}
