package org.dangjian.learning.course;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a heartbeat needs to know of its lesson: its course, length, class hours, and who may study it from when
 * (the course's status, publishing organisation and audience, the chapter's release date); and the file it plays.
 */
public record PlayableLesson(long lessonId, long courseId, String title, int durationSeconds, BigDecimal classHours,
                             String courseOrgPath, boolean published, LocalDate releaseOn, Long mediaId,
                             CourseAudience audience) {

    /**
     * Whether a learner of the organisation at {@code learnerPath} may study it on {@code day}; {@code leader} says
     * whether they sit on a Party committee then, asked only of a leaders' course.
     */
    public boolean studiableBy(String learnerPath, LocalDate day, java.util.function.BooleanSupplier leader) {
        return published && !releaseOn.isAfter(day) && learnerPath != null && learnerPath.startsWith(courseOrgPath)
                && (audience == CourseAudience.MEMBERS || leader.getAsBoolean());
    }
}
