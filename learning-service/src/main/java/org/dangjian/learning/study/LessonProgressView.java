package org.dangjian.learning.study;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Where a learner stands in a lesson: where to resume, how much was really played. */
@Schema(name = "LessonProgress", description = "一课的学习进度：续播位置、有效学习时长、是否完成。A learner's progress in a lesson.")
public record LessonProgressView(
        @Schema(description = "课的编号。The lesson id.") long lessonId,
        @Schema(description = "续播位置（秒）。Where to resume, in seconds.") int position,
        @Schema(description = "有效学习时长（秒，不超过课的时长）。Seconds really played, at most the lesson's length.") long playedSeconds,
        @Schema(description = "课的时长（秒）。The lesson's length in seconds.") int durationSeconds,
        @Schema(description = "完成百分比。Percent played.") int percent,
        @Schema(description = "完成时间（有效学习达到90%时）。When it was completed (90 % played).") Instant completedAt) {

    static LessonProgressView of(long lessonId, int position, long creditedMs, int durationSeconds, Instant completedAt) {
        long played = Math.min(creditedMs / 1000, durationSeconds);
        int percent = durationSeconds == 0 ? 0 : (int) (played * 100 / durationSeconds);
        return new LessonProgressView(lessonId, position, played, durationSeconds, percent, completedAt);
    }
}
