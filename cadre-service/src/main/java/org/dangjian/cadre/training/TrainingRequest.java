package org.dangjian.cadre.training;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A course a cadre attended. */
@Schema(name = "TrainingRequest", description = "培训记录：培训名称、举办单位、学时和日期。A course attended: its name, who "
        + "held it, the class hours and the date.")
public record TrainingRequest(
        @Schema(description = "培训名称。The course.", example = "全市村（社区）党组织书记示范培训班") @NotBlank @Size(max = 100)
        String course,
        @Schema(description = "举办单位。Who held it.", example = "昆山市委组织部") @NotBlank @Size(max = 100) String provider,
        @Schema(description = "学时（0.5至500，一位小数）。Class hours, 0.5 to 500, one decimal.", example = "24")
        @NotNull @DecimalMin("0.5") @DecimalMax("500") @Digits(integer = 3, fraction = 1) BigDecimal hours,
        @Schema(description = "培训日期（结束日，不晚于今天）。The date it ended, not after today.") @NotNull LocalDate heldOn) {
}
