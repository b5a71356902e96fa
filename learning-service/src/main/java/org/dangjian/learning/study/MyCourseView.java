package org.dangjian.learning.study;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.dangjian.learning.course.CourseView;

/** A course as a learner sees it in their list: the course, and how far they got. */
@Schema(name = "MyCourse", description = "我的课程：课程及本人的学习进度。A course with the caller's progress.")
public record MyCourseView(
        @Schema(description = "课程。The course.") CourseView course,
        @Schema(description = "课的总数。Lessons in the course.") int lessons,
        @Schema(description = "已完成的课数。Lessons completed.") int completedLessons,
        @Schema(description = "已得学时。Class hours earned in the course.") BigDecimal earnedHours,
        @Schema(description = "接着学的课：第一节已推送且未完成的课；全部完成时为空。The lesson to go on with: the first released "
                + "lesson not completed; none when all are.") Long nextLessonId,
        @Schema(description = "各课的进度（只列学过的课）。Progress in the lessons studied so far.") List<LessonProgressView> progress) {
}
