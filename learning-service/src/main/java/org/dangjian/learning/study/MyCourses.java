package org.dangjian.learning.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.course.CourseReader;
import org.dangjian.learning.course.CourseView;
import org.springframework.stereotype.Service;

/** The courses a member may study, with their progress: four queries for the whole list. */
@Service
class MyCourses {
    static final String COURSE_NOT_FOUND = "LEARNING_COURSE_NOT_FOUND";
    private final CourseReader courses;
    private final ProgressBook book;

    MyCourses(CourseReader courses, ProgressBook book) {
        this.courses = courses;
        this.book = book;
    }

    List<MyCourseView> list(CurrentUser learner) {
        long memberId = Study.memberOf(learner);
        List<CourseView> visible = courses.visibleTo(learner.orgPath(), memberId);
        Map<Long, ProgressRow> rows = book.rows(memberId, visible.stream().map(CourseView::id).toList());
        return visible.stream().map(c -> view(c, rows)).toList();
    }

    MyCourseView get(long courseId, CurrentUser learner) {
        long memberId = Study.memberOf(learner);
        CourseView course = courses.visibleTo(learner.orgPath(), memberId, courseId)
                .orElseThrow(() -> ApiException.notFound(COURSE_NOT_FOUND));
        return view(course, book.rows(memberId, List.of(courseId)));
    }

    private static MyCourseView view(CourseView course, Map<Long, ProgressRow> rows) {
        int completed = 0;
        BigDecimal earned = BigDecimal.ZERO;
        Long next = null;
        List<LessonProgressView> progress = new ArrayList<>();
        for (CourseView.Chapter chapter : course.chapters()) {
            for (CourseView.Lesson lesson : chapter.lessons()) {
                ProgressRow row = rows.get(lesson.id());
                boolean done = row != null && row.completedAt() != null;
                if (done) {
                    completed++;
                    earned = earned.add(lesson.classHours());
                } else if (next == null && chapter.released()) {
                    next = lesson.id();
                }
                if (row != null) {
                    progress.add(LessonProgressView.of(lesson.id(), row.position(), row.creditedMs(),
                            lesson.durationSeconds(), row.completedAt()));
                }
            }
        }
        return new MyCourseView(course, course.lessons().size(), completed, earned, next, progress);
    }
}
