package org.dangjian.recruitment.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A step's date measured from an earlier step's: EARLIEST refuses the step before it (at least a year between
 * activist and candidate), DUE is the deadline that reminders and the overdue list follow (the talk within a
 * month of the application) without refusing a late step, LATEST refuses it after (approval at most six months
 * after the branch meeting). {@code local} marks local practice rather than the national rules.
 */
public record TimeRule(@NotNull TimeRuleKind kind,
                       @NotBlank @Size(max = 16) String after,
                       @PositiveOrZero @Max(1000) int amount,
                       @NotNull TimeUnit unit,
                       @NotBlank @Size(max = 200) String basis,
                       Boolean local) {
    /** Local practice rather than the national rules; national when not said. */
    public Boolean local() {
        return Boolean.TRUE.equals(local);
    }

}
