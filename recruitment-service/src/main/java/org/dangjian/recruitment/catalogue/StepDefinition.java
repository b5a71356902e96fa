package org.dangjian.recruitment.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One step of the catalogue, in the catalogue's order (the order steps unlock in): who performs it, what is
 * recorded and attached, which exam it waits for, which vote it holds, whom it names, and its dates relative to
 * earlier steps. {@code refines} names the national step a city's finer step belongs to; {@code role} what the
 * platform does when it is recorded.
 */
public record StepDefinition(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,15}") String code,
                             @NotBlank String stage,
                             @NotBlank @Size(max = 60) String name,
                             @NotNull Performer performer,
                             @NotBlank @Size(max = 200) String basis,
                             StepRole role,
                             Evidence evidence,
                             ExamKind exam,
                             Boolean examLocal,
                             VoteKind vote,
                             @Valid People people,
                             @Valid Span recurs,
                             @Valid @Size(max = 20) List<@NotNull @Valid FieldDefinition> fields,
                             @Size(max = 10) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[^/\\\\?#%]+") String> templates,
                             @Valid @Size(max = 10) List<@NotNull @Valid TimeRule> timeRules,
                             @Size(max = 16) String refines) {
    /** Whether the exam gate is local practice (Kunshan's unified e-exam) rather than a national rule. */
    public Boolean examLocal() {
        return Boolean.TRUE.equals(examLocal);
    }

    public Evidence evidence() {
        return evidence == null ? Evidence.NONE : evidence;
    }

    public List<FieldDefinition> fields() {
        return fields == null ? List.of() : fields;
    }

    public List<String> templates() {
        return templates == null ? List.of() : templates;
    }

    public List<TimeRule> timeRules() {
        return timeRules == null ? List.of() : timeRules;
    }
}
