package org.dangjian.learning.study;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The player's heartbeat. */
@Schema(name = "HeartbeatRequest", description = "播放器的心跳：每隔几秒报告播放位置。The player's heartbeat, every few seconds.")
public record HeartbeatRequest(
        @Schema(description = "心跳编号，由播放器生成（重试时不变）。The heartbeat's id, made by the player and kept on retries.",
                example = "3f1c2a9e-1b7d-4e55-9a43-2c1f0d9b7e21") @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{8,64}")
        String id,
        @Schema(description = "播放位置（秒）。The position in seconds.", example = "315") @NotNull @Min(0) @Max(36_000)
        Integer position,
        @Schema(description = "按下播放后的第一个心跳为true：本课成为正在学习的课，本次不计时长。True for the first heartbeat "
                + "after play was pressed: this lesson becomes the one playing; it earns nothing itself.") Boolean start) {
}
