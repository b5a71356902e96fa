package org.dangjian.member.record.standing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dangjian.member.record.LeaveReason;

/** The bodies of the lifecycle routes; each carries the {@code version} of the record as read. */
public final class StandingRequests {
    private StandingRequests() {
    }

    @Schema(name = "MemberConfirmation", description = "转正的记录（平台启用前登记的党员）：支部大会日期和预备期满之日（即转正日期）。"
            + "The recorded confirmation of a member registered before the platform: the branch meeting's date and the end of probation (the full-membership date).")
    public record Confirmation(
            @Schema(description = "支部大会讨论转正的日期。The branch meeting that decided.", example = "2025-07-05")
            @NotNull LocalDate meetingDate,
            @Schema(description = "转正日期：预备期满之日，不早于入党满一年（或延长期满）。The end of probation: at least one full year after joining (or the extension's end).", example = "2025-07-01")
            @NotNull LocalDate fullDate,
            @Schema(description = "所读取记录的版本号。The version of the record as read.", example = "3") @NotNull Integer version) {
    }

    @Schema(name = "MemberProbationExtension", description = "延长预备期一次，6 至 12 个月。Probation extended once, by 6 to 12 months.")
    public record Extension(
            @Schema(description = "延长后的预备期满日期（原期满后 6 至 12 个月）。The new end of probation, 6 to 12 months past the regular one.", example = "2026-01-10")
            @NotNull LocalDate extendedTo,
            @Schema(description = "决定日期，缺省为今天。The day it was decided; today when absent.") @PastOrPresent LocalDate date,
            @Schema(description = "说明。A note.", example = "支部大会决定延长预备期") @Size(max = 32) String note,
            @NotNull Integer version) {
    }

    @Schema(name = "MemberDatedChange", description = "停止党籍、恢复党籍或结束流动，于 date（缺省为今天）。Suspension, restoration or end of mobility as of `date` (today when absent).")
    public record Dated(
            @Schema(description = "生效日期，不能早于入党日期。Effective date, not before joinDate.") @PastOrPresent LocalDate date,
            @Schema(description = "说明。A note.", example = "党委决定") @Size(max = 32) String note,
            @NotNull Integer version) {
    }

    @Schema(name = "MemberLeaving", description = "党员离开，说明原因：退党、除名、开除党籍、取消预备党员资格、死亡（转出由组织关系转接完成时记录）。"
            + "A member leaves for a coded reason; TRANSFERRED_OUT is recorded by a completed transfer, UNSPECIFIED only by the migration.")
    public record Leaving(
            @NotNull LeaveReason reason,
            @Schema(description = "生效日期，缺省为今天。Effective date; today when absent.") @PastOrPresent LocalDate date,
            @Schema(description = "说明。A note.", example = "党委决定") @Size(max = 32) String note,
            @NotNull Integer version) {
    }

    @Schema(name = "MemberMobility", description = "外出流动（流动党员），正式/预备身份不变。Mobile (流动党员) from `since`; the standing does not change.")
    public record Mobility(
            @Schema(description = "流入地行政区划代码（GB/T 2260，6 位）。Where to, GB/T 2260 six-digit code.", example = "310115")
            @NotNull String region,
            @Schema(description = "外出日期，缺省为今天。Away since; today when absent.", example = "2026-01-10") @PastOrPresent LocalDate since,
            @Schema(description = "流入地（城市）。The city.", example = "上海市") @Size(max = 50) String city,
            @Schema(description = "流入地单位。The work unit there.", example = "上海华谊集团有限公司") @Size(max = 100) String unit,
            @Schema(description = "流入地联系方式。How to reach the member there.", example = "13912345678") @Size(max = 50) String contact,
            @NotNull Integer version) {
    }
}
