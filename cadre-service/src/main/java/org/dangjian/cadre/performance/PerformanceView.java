package org.dangjian.cadre.performance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "CadrePerformance", description = "干部的履职情况、年度考核和奖惩情况。A cadre's performance of duty, annual "
        + "assessments, rewards and sanctions.")
public record PerformanceView(
        @Schema(description = "各季度履职情况，由近及远。Per quarter, latest first.") List<Duty> duties,
        @Schema(description = "年度考核，由近及远。Per year, latest first.") List<Assessment> assessments,
        @Schema(description = "奖惩情况，由近及远。Latest first.") List<Reward> rewards) {

    @Schema(name = "CadreDuty", description = "一个季度的履职情况。A quarter's performance of duty.")
    public record Duty(@Schema(example = "2026-Q4") String quarter, String quarterLabel, String summary,
                       String keyTasks, String outcome) {
    }

    @Schema(name = "CadreAssessment", description = "一年的考核结果。A year's grade.")
    public record Assessment(int year, Grade grade, String note) {
    }

    @Schema(name = "CadreReward", description = "一项奖励或惩处。A reward or a sanction.")
    public record Reward(@Schema(description = "记录编号。The record id.") long id, RewardKind kind, String title,
                         String decidedBy, LocalDate decidedOn) {
    }
}
