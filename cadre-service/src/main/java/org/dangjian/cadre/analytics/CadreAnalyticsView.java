package org.dangjian.cadre.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.cadre.appointment.Position;

/** The figures of a subtree's cadres on a day. */
@Schema(name = "CadreAnalytics", description = "基层干部队伍分析：年龄结构、学历分布、性别、任职年限、一肩挑、大学生村官、后备梯队、"
        + "空缺和进出。The analysis of a subtree's cadres: age structure, education, sex, tenure, secretaries who also "
        + "direct the residents' committee, graduate officials, the reserve pipeline, vacancies and turnover.")
public record CadreAnalyticsView(
        @Schema(description = "组织。The organisation whose subtree is analysed.") long orgId,
        @Schema(description = "组织名称。Its name.") String orgName,
        @Schema(description = "统计日期（按季度快照统计时为季度末）。The day of the figures: the quarter's last day for a "
                + "snapshot.") LocalDate asOf,
        @Schema(description = "按快照统计的季度；按今天统计时为空。The quarter of the snapshot; empty for today's figures.",
                example = "2026-Q3") String quarter,
        @Schema(description = "在任干部人数（担任至少一个职务）。Cadres holding at least one post.") int cadres,
        @Schema(description = "平均年龄（无出生日期的不计）。Average age, of those with a date of birth.") BigDecimal averageAge,
        @Schema(description = "年龄结构。Age structure.") List<Count> ageBands,
        @Schema(description = "学历分布（按学历层次）。Education, by level of GB/T 4658.") List<Count> education,
        @Schema(description = "性别。Sex.") List<Count> gender,
        @Schema(description = "书记任职年限。The secretaries' years in post.") List<Count> secretaryTenure,
        @Schema(description = "有现任书记的组织数。Organisations with a secretary in office.") int secretaries,
        @Schema(description = "书记空缺的组织数：登记过任职的组织中，现无在任书记的。Organisations with posts recorded "
                + "(held or left), active, without a secretary in office.") int vacancies,
        @Schema(description = "书记兼任村（居）委会主任（一肩挑）人数。Secretaries who also direct the residents' committee.")
        int secretariesAlsoDirectors,
        @Schema(description = "一肩挑比例（百分比，一位小数）。Their share of the secretaries, per cent.") BigDecimal oneShoulderShare,
        @Schema(description = "在任大学生村官人数。College-graduate officials in post.") int graduateOfficials,
        @Schema(description = "后备梯队：每个职务的在任人数、后备人数、每岗后备数及后备干部平均年龄。The reserve pipeline per "
                + "position.") List<Pipeline> reservePipeline,
        @Schema(description = "近五年每年任职和离任人次。Posts taken up and left per year, the last five years.")
        List<Turnover> turnover) {

    @Schema(name = "CadreCount", description = "一项分类的人数。How many fall under one heading.")
    public record Count(@Schema(description = "分类代码。The heading's code.") String key,
                        @Schema(description = "分类名称。Its label.") String label,
                        @Schema(description = "人数。How many.") int count) {
    }

    @Schema(name = "CadrePipeline", description = "一个职务的后备梯队。The reserve pipeline of one position.")
    public record Pipeline(@Schema(description = "职务。The position.") Position position,
                           @Schema(description = "在任人数。Holders now.") int holders,
                           @Schema(description = "后备人数。Reserves now.") int reserves,
                           @Schema(description = "每岗后备数（一位小数；无人在任为空）。Reserves per holder.") BigDecimal reservesPerPost,
                           @Schema(description = "后备干部平均年龄。The reserves' average age.") BigDecimal reservesAverageAge) {
    }

    @Schema(name = "CadreTurnover", description = "一年的任职和离任人次。Posts taken up and left in a year.")
    public record Turnover(@Schema(description = "年份。The year.") int year,
                           @Schema(description = "任职人次。Posts taken up.") int started,
                           @Schema(description = "离任人次。Posts left.") int ended) {
    }
}
