package org.dangjian.learning.study;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.course.CourseReader;
import org.dangjian.learning.course.PlayableLesson;
import org.dangjian.learning.media.MediaLibrary;
import org.dangjian.learning.media.MediaLink;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A learner's heartbeats and where they stand in a lesson. Heartbeats touch Redis only (two round trips: read the
 * playing state, then compare-and-set it with the heartbeat buffered); the flush brings them to MySQL.
 */
@Service
class Study {
    static final String LESSON_NOT_FOUND = "LEARNING_LESSON_NOT_FOUND";
    static final String MEMBERS_ONLY = "LEARNING_MEMBERS_ONLY";
    static final String CONTENDED = "LEARNING_HEARTBEAT_CONTENDED";
    static final String NO_MEDIA = "LEARNING_LESSON_NO_MEDIA";
    /** Heartbeats of one learner racing each other (two devices at once) are judged again this often, then refused. */
    private static final int ATTEMPTS = 5;
    private final CourseReader courses;
    private final Players players;
    private final ProgressBook book;
    private final StudyCredit credit;
    private final MediaLibrary media;
    private final Clock clock;

    Study(CourseReader courses, Players players, ProgressBook book, MediaLibrary media, Clock clock,
          @Value("${dj.learning.heartbeat-max-gap:45s}") Duration maxGap) {
        this.courses = courses;
        this.players = players;
        this.book = book;
        this.media = media;
        this.clock = clock;
        this.credit = new StudyCredit(maxGap);
    }

    HeartbeatResult beat(long lessonId, HeartbeatRequest request, CurrentUser learner) {
        long memberId = memberOf(learner);
        PlayableLesson lesson = studiable(lessonId, learner);
        Heartbeat beat = new Heartbeat(lessonId, request.id(), Math.min(request.position(), lesson.durationSeconds()),
                Boolean.TRUE.equals(request.start()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Playing last = players.of(memberId).orElse(null);
            StudyCredit.Decision d = credit.judge(last, beat, clock.instant());
            if (d.next() == null) {
                return new HeartbeatResult(d.outcome(), 0, last == null ? null : last.lessonId());
            }
            if (players.accept(memberId, last, d.next(), d.creditedMs())) {
                return new HeartbeatResult(d.outcome(), d.creditedMs(), lessonId);
            }
        }
        throw ApiException.conflict(CONTENDED);
    }

    /** Where the learner stands in a lesson: the database's row, with the position of a heartbeat not yet flushed. */
    LessonProgressView progress(long lessonId, CurrentUser learner) {
        long memberId = memberOf(learner);
        PlayableLesson lesson = studiable(lessonId, learner);
        ProgressRow row = book.row(memberId, lessonId).orElse(ProgressRow.none(memberId, lessonId, lesson.courseId()));
        int position = players.of(memberId).filter(p -> p.lessonId() == lessonId && p.seq() > row.lastSeq())
                .map(Playing::position).orElse(row.position());
        return LessonProgressView.of(lessonId, position, row.creditedMs(), lesson.durationSeconds(), row.completedAt());
    }

    /** The link to the lesson's file, for a member who may study it. */
    MediaLink media(long lessonId, CurrentUser learner) {
        memberOf(learner);
        PlayableLesson lesson = studiable(lessonId, learner);
        if (lesson.mediaId() == null) {
            throw ApiException.notFound(NO_MEDIA);
        }
        return media.lessonLink(lesson.mediaId(), lesson.durationSeconds());
    }

    private PlayableLesson studiable(long lessonId, CurrentUser learner) {
        Optional<PlayableLesson> lesson = courses.lesson(lessonId);
        return lesson.filter(l -> courses.studiable(l, learner.orgPath(), memberOf(learner), LocalDate.now(clock)))
                .orElseThrow(() -> ApiException.notFound(LESSON_NOT_FOUND));
    }

    static long memberOf(CurrentUser learner) {
        if (learner.memberId() == null) {
            throw ApiException.forbidden(MEMBERS_ONLY);
        }
        return learner.memberId();
    }
}
