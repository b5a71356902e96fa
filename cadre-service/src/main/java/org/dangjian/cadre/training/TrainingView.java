package org.dangjian.cadre.training;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A cadre's training: the recorded courses and, per year, the hours recorded and earned in the Party school. */
@Schema(name = "CadreTraining", description = "干部培训情况：登记的培训，以及每年登记的学时和网上党校学时（自动计入）。A "
        + "cadre's training: the courses recorded and, per year, the hours recorded and those earned in the Party "
        + "school (counted automatically for a member).")
public record TrainingView(
        @Schema(description = "登记的培训，由近及远。The courses recorded, latest first.") List<Course> courses,
        @Schema(description = "每年学时，由近及远。Hours per year, latest first.") List<Year> years) {

    @Schema(name = "CadreTrainingCourse", description = "一次培训。A course attended.")
    public record Course(@Schema(description = "培训记录编号。The record id.") long id,
                         @Schema(description = "培训名称。The course.") String course,
                         @Schema(description = "举办单位。Who held it.") String provider,
                         @Schema(description = "学时。Class hours.") BigDecimal hours,
                         @Schema(description = "培训日期。The date.") LocalDate heldOn) {
    }

    @Schema(name = "CadreTrainingYear", description = "一年的学时。The hours of a year.")
    public record Year(@Schema(description = "年份。The year.") int year,
                       @Schema(description = "登记的培训学时。Hours of the courses recorded.") BigDecimal recordedHours,
                       @Schema(description = "网上党校学时。Hours earned in the Party school.") BigDecimal partySchoolHours,
                       @Schema(description = "合计。Both together.") BigDecimal totalHours) {
    }
}
