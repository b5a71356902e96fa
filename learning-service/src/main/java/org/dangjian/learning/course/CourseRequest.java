package org.dangjian.learning.course;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A new course as its administrator lays it out: chapters released in instalments, lessons in each. */
@Schema(name = "CreateCourseRequest", description = "新建课程：章节按发布日期分期推送，每章若干课时。A new course: chapters "
        + "released in instalments on their dates, lessons in each.")
public record CourseRequest(
        @Schema(description = "课程名称。Title.", example = "学习贯彻党的二十大精神") @NotBlank @Size(max = 100) String title,
        @Schema(description = "简介。Summary.", example = "分期推送的专题课程。") @Size(max = 1000) String summary,
        @Schema(description = "发布课程的组织，默认为调用者所在组织；其下党员均可学习。The publishing organisation (the caller's by "
                + "default): the members of its subtree may study the course.") Long orgId,
        @Schema(description = "学员：全体党员（默认），或只有党组织书记和班子成员。Who of the subtree may study it: every member "
                + "(MEMBERS, the default) or only those on a Party committee today (LEADERS).") CourseAudience audience,
        @Schema(description = "章节，按顺序。The chapters, in order.") @NotEmpty @Size(max = 50) List<@Valid @NotNull Chapter> chapters) {

    @Schema(name = "CreateCourseChapter", description = "一章：名称、推送日期与课时。A chapter: title, release date, lessons.")
    public record Chapter(
            @Schema(description = "章节名称。Title.", example = "第一讲 新时代新征程") @NotBlank @Size(max = 100) String title,
            @Schema(description = "推送日期：此前学员看得到但不能学习。The release date: before it learners see the chapter but "
                    + "cannot study it.") @NotNull LocalDate releaseOn,
            @Schema(description = "课，按顺序。The lessons, in order.") @NotEmpty @Size(max = 100)
            List<@Valid @NotNull Lesson> lessons) {
    }

    @Schema(name = "CreateCourseLesson", description = "一课：名称、形式、时长与学时。A lesson: title, kind, duration, class hours.")
    public record Lesson(
            @Schema(description = "课名。Title.", example = "中国式现代化的本质要求") @NotBlank @Size(max = 100) String title,
            @Schema(description = "形式。The kind.") @NotNull LessonKind kind,
            @Schema(description = "时长（秒）：音视频的播放时长，图文与PDF的建议阅读时长。Duration in seconds: the media's length, or the "
                    + "reading time of an article or PDF.", example = "1800") @NotNull @Min(1) @Max(36_000) Integer durationSeconds,
            @Schema(description = "学时，一位小数。Class hours, one decimal.", example = "1.0") @NotNull
            @DecimalMin("0.1") @DecimalMax("10.0") @Digits(integer = 2, fraction = 1) BigDecimal classHours,
            @Schema(description = "播放的文件（上传完成的课程文件编号）：视频课为MP4，音频课为MP3或M4A，PDF课为PDF；图文课不填。"
                    + "The file it plays (a complete upload's id): MP4 for a video, MP3 or M4A for audio, PDF for a PDF "
                    + "lesson; none for an article.") Long mediaId) {
    }
}
