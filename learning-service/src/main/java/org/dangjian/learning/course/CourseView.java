package org.dangjian.learning.course;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A course with its chapters and lessons, as administrators and learners see it. */
@Schema(name = "Course", description = "课程：章节分期推送，每章若干课。A course: chapters released in instalments, lessons in each.")
public record CourseView(
        @Schema(description = "课程编号。The course id.") long id,
        @Schema(description = "课程名称。Title.") String title,
        @Schema(description = "简介。Summary.") String summary,
        @Schema(description = "发布课程的组织。The publishing organisation.") long orgId,
        @Schema(description = "状态。Status.") CourseStatus status,
        @Schema(description = "学员：全体党员，或只有党组织书记和班子成员。Who of the subtree may study it.") CourseAudience audience,
        @Schema(description = "全部课的学时合计。The class hours of all its lessons.") BigDecimal classHours,
        @Schema(description = "发布时间。When it was published.") Instant publishedAt,
        @Schema(description = "章节。The chapters, in order.") List<Chapter> chapters) {

    @Schema(name = "CourseChapter", description = "一章。A chapter.")
    public record Chapter(@Schema(description = "章节编号。The chapter id.") long id,
                          @Schema(description = "章节名称。Title.") String title,
                          @Schema(description = "推送日期。The release date.") LocalDate releaseOn,
                          @Schema(description = "是否已推送（可以学习）。Whether it is released (may be studied).") boolean released,
                          @Schema(description = "课，按顺序。The lessons, in order.") List<Lesson> lessons) {
    }

    @Schema(name = "CourseLesson", description = "一课。A lesson.")
    public record Lesson(@Schema(description = "课的编号。The lesson id.") long id,
                         @Schema(description = "课名。Title.") String title,
                         @Schema(description = "形式。The kind.") LessonKind kind,
                         @Schema(description = "时长（秒）。Duration in seconds.") int durationSeconds,
                         @Schema(description = "学时。Class hours.") BigDecimal classHours,
                         @Schema(description = "播放的文件编号（没有时为空）；学员经 /api/learning/lessons/{id}/media 取得链接。"
                                 + "The file it plays, if any; learners get its link from /api/learning/lessons/{id}/media.")
                         Long mediaId) {
    }

    /** Every lesson of the course, in order. */
    public List<Lesson> lessons() {
        return chapters.stream().flatMap(c -> c.lessons().stream()).toList();
    }
}
