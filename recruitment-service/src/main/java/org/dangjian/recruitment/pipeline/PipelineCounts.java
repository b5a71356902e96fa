package org.dangjian.recruitment.pipeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A subtree's pipeline: open cases by stage, by stage and year of application, and closed cases by outcome and year. */
@Schema(name = "RecruitmentPipelineCounts", description = "发展党员各阶段人数（含下级组织）。Open cases of a subtree by stage "
        + "and by stage and year of application; closed cases by outcome and year.")
public record PipelineCounts(@Schema(description = "组织（含下级）；未指定时为调用者所在组织。The organisation counted with its subtree; the caller's when not given.") Long orgId,
                             @Schema(description = "进行中的案卷总数（含预备期）。Cases in progress in all, probationary members (ADMITTED) included.") int open,
                             @Schema(description = "各阶段进行中的案卷，按流程阶段顺序，没有的为0；预备党员计入预备期阶段。Cases in progress per stage, "
                                     + "admitted ones in PROBATION, every "
                                     + "stage in the catalogue's order, 0 where none.") List<StageCount> byStage,
                             @Schema(description = "各阶段、按申请年份。Open cases per stage and year of application.")
                             List<StageYearCount> byStageAndYear,
                             @Schema(description = "已结束的案卷，按结果和最后一步的年份（结果状态随录取、转正等功能加入）。Closed "
                                     + "cases per outcome (status) and the year of their last step.") List<OutcomeYearCount> closed) {

    @Schema(name = "RecruitmentStageCount")
    public record StageCount(@Schema(example = "ACTIVIST") String stage, String stageName, int count) {
    }

    @Schema(name = "RecruitmentStageYearCount")
    public record StageYearCount(@Schema(example = "ACTIVIST") String stage, int year, int count) {
    }

    @Schema(name = "RecruitmentOutcomeYearCount")
    public record OutcomeYearCount(@Schema(description = "案卷结果状态。The case's status.") String status, int year,
                                   int count) {
    }
}
