package org.dangjian.learning.study;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a heartbeat did. */
@Schema(name = "HeartbeatResult", description = "心跳的结果。What became of the heartbeat.")
public record HeartbeatResult(
        @Schema(description = "结果。The outcome.") HeartbeatOutcome outcome,
        @Schema(description = "本次计入的学习时长（毫秒，媒体时间）。Media milliseconds this heartbeat earned.") long creditedMs,
        @Schema(description = "正在学习的课。The lesson playing for the learner now.") Long playingLessonId) {
}
