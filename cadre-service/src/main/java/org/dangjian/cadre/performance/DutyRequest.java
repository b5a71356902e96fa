package org.dangjian.cadre.performance;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Schema(name = "CadreDutyRequest", description = "一个季度的履职情况：工作小结、重点任务、成效。A quarter's performance of duty.")
public record DutyRequest(
        @Schema(description = "履职小结。What the cadre did.", example = "完成村党组织换届后续工作，组织党员冬训。")
        @NotBlank @Size(max = 500) String summary,
        @Schema(description = "重点任务。The key tasks.", example = "人居环境整治；集体经济增收") @Size(max = 500) String keyTasks,
        @Schema(description = "成效。The outcome.", example = "村集体经济收入同比增长8%") @Size(max = 200) String outcome) {
}
