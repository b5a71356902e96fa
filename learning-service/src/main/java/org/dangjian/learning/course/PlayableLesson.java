package org.dangjian.learning.course;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a heartbeat needs to know of its lesson: its course, length, class hours, and who may study it from when
 * (the course's status and publishing organisation, the chapter's release date); and the file it plays.
 */
public record PlayableLesson(long lessonId, long courseId, String title, int durationSeconds, BigDecimal classHours,
                             String courseOrgPath, boolean published, LocalDate releaseOn, Long mediaId) {

    /** Whether a learner of the organisation at {@code learnerPath} may study it on {@code day}. */
    public boolean studiableBy(String learnerPath, LocalDate day) {
        return published && !releaseOn.isAfter(day) && learnerPath != null && learnerPath.startsWith(courseOrgPath);
    }
}
