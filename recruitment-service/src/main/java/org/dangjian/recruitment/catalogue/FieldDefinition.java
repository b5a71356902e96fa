package org.dangjian.recruitment.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A value the administrator records with a step (the talker's name, the training's class hours). */
public record FieldDefinition(@NotBlank @Pattern(regexp = "[a-z][A-Za-z0-9]{0,31}") String name,
                              @NotBlank @Size(max = 60) String label,
                              @NotNull FieldType type,
                              boolean required,
                              BigDecimal min,
                              @Size(max = 20) List<@NotBlank @Size(max = 40) String> choices) {
    public List<String> choices() {
        return choices == null ? List.of() : choices;
    }
}
