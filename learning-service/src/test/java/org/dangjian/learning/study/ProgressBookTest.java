package org.dangjian.learning.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dangjian.contracts.learning.LearningHoursEarned;
import org.dangjian.learning.LearningApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The flush from Redis to MySQL: a batch applied again (the process died before it left the buffer) changes nothing. */
class ProgressBookTest extends LearningApiTest {
    @Autowired
    private ProgressBook book;

    @Test
    void a_batch_applied_twice_counts_once_and_completes_the_lesson_once() {
        long m = nextId();
        long lesson = lessonId(publishedCourse(town1Admin, town1, 100), 0);
        long seq = clock.millis();
        List<Accepted> batch = List.of(new Accepted(m, lesson, seq, 0, 0), new Accepted(m, lesson, seq + 1, 50, 50_000),
                new Accepted(m, lesson, seq + 2, 95, 45_000));

        book.apply(batch);
        book.apply(batch);

        ProgressRow row = book.row(m, lesson).orElseThrow();
        assertThat(row.creditedMs()).isEqualTo(95_000);
        assertThat(row.position()).isEqualTo(95);
        assertThat(row.completedAt()).isNotNull();
        assertThat(count("SELECT COUNT(*) FROM class_hour_entry WHERE member_id = ?", m)).isEqualTo(1);
        assertThat(outboxCount(LearningHoursEarned.TYPE, m)).isEqualTo(1);
    }

    @Test
    void study_time_never_exceeds_the_lessons_length() {
        long m = nextId();
        long lesson = lessonId(publishedCourse(town1Admin, town1, 60), 0);
        long seq = clock.millis();
        book.apply(List.of(new Accepted(m, lesson, seq, 60, 50_000), new Accepted(m, lesson, seq + 1, 60, 50_000)));
        assertThat(book.row(m, lesson).orElseThrow().creditedMs()).isEqualTo(60_000);
    }
}
