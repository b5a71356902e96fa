package org.dangjian.learning.course;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.learning.leaders.LeaderPosts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Courses as learners reach them: published for an organisation above or at the learner's (its path a prefix of
 * theirs, looked up by the learner's ancestors' paths, which the index serves). Not the administrators' scope: a
 * member studies courses published by the organisations above them, a leaders' course only while on a Party committee
 * ({@link LeaderPosts}). Lessons are looked up for every heartbeat,
 * so their facts are kept in memory for a few seconds (a course's lessons do not change once published).
 */
@Component
public class CourseReader {
    private static final Duration LESSON_FACTS_FOR = Duration.ofSeconds(10);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final LeaderPosts leaders;
    private final Cache<Long, Optional<PlayableLesson>> lessons =
            Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(LESSON_FACTS_FOR).build();

    CourseReader(JdbcClient jdbc, Clock clock, LeaderPosts leaders) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.leaders = leaders;
    }

    public Optional<PlayableLesson> lesson(long lessonId) {
        return lessons.get(lessonId, this::load);
    }

    /** The lessons among {@code ids} with their facts, in one query (the flush's batch). */
    public Map<Long, PlayableLesson> lessons(Collection<Long> ids) {
        Map<Long, PlayableLesson> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(LESSON + " WHERE l.id IN (:ids)").param("ids", ids).query((rs, i) -> lesson(rs)).list()
                    .forEach(l -> found.put(l.lessonId(), l));
        }
        return found;
    }

    /** The published courses member {@code memberId} of the organisation at {@code learnerPath} may study, newest first. */
    public List<CourseView> visibleTo(String learnerPath, long memberId) {
        List<Long> ids = jdbc.sql("SELECT id FROM course WHERE status = 'PUBLISHED' AND org_path IN (:paths)"
                        + " AND audience IN (:audiences) ORDER BY published_at DESC, id DESC")
                .param("paths", ancestors(learnerPath)).param("audiences", audiences(memberId))
                .query(Long.class).list();
        return outlines(ids);
    }

    /** One published course, if member {@code memberId} of the organisation at {@code learnerPath} may study it. */
    public Optional<CourseView> visibleTo(String learnerPath, long memberId, long courseId) {
        List<Long> ids = jdbc.sql("SELECT id FROM course WHERE id = :id AND status = 'PUBLISHED' AND org_path IN (:paths)"
                        + " AND audience IN (:audiences)")
                .param("id", courseId).param("paths", ancestors(learnerPath)).param("audiences", audiences(memberId))
                .query(Long.class).list();
        return outlines(ids).stream().findFirst();
    }

    /** Whether member {@code memberId} of the organisation at {@code learnerPath} may study the lesson on {@code day}. */
    public boolean studiable(PlayableLesson lesson, String learnerPath, long memberId, LocalDate day) {
        return lesson.studiableBy(learnerPath, day, () -> leaders.sitsOn(memberId, day));
    }

    private List<String> audiences(long memberId) {
        return leaders.sitsOn(memberId, LocalDate.now(clock))
                ? List.of(CourseAudience.MEMBERS.name(), CourseAudience.LEADERS.name())
                : List.of(CourseAudience.MEMBERS.name());
    }

    /** Courses with their chapters and lessons, in the order of {@code ids}: three queries, whatever the count. */
    List<CourseView> outlines(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<CourseView.Lesson>> lessonsByChapter = new LinkedHashMap<>();
        jdbc.sql("SELECT id, chapter_id, title, kind, duration_seconds, class_hours, media_id FROM course_lesson"
                        + " WHERE course_id IN (:ids) ORDER BY chapter_id, seq").param("ids", ids)
                .query((rs, i) -> {
                    lessonsByChapter.computeIfAbsent(rs.getLong("chapter_id"), k -> new ArrayList<>())
                            .add(new CourseView.Lesson(rs.getLong("id"), rs.getString("title"),
                                    LessonKind.valueOf(rs.getString("kind")), rs.getInt("duration_seconds"),
                                    rs.getBigDecimal("class_hours"), rs.getObject("media_id", Long.class)));
                    return null;
                }).list();
        Map<Long, List<CourseView.Chapter>> chaptersByCourse = new LinkedHashMap<>();
        jdbc.sql("SELECT id, course_id, title, release_on FROM course_chapter WHERE course_id IN (:ids)"
                        + " ORDER BY course_id, seq").param("ids", ids)
                .query((rs, i) -> {
                    LocalDate releaseOn = rs.getDate("release_on").toLocalDate();
                    chaptersByCourse.computeIfAbsent(rs.getLong("course_id"), k -> new ArrayList<>())
                            .add(new CourseView.Chapter(rs.getLong("id"), rs.getString("title"), releaseOn,
                                    !releaseOn.isAfter(today), lessonsByChapter.getOrDefault(rs.getLong("id"), List.of())));
                    return null;
                }).list();
        Map<Long, CourseView> byId = new LinkedHashMap<>();
        jdbc.sql("SELECT id, title, summary, org_id, status, audience, class_hours, published_at FROM course"
                        + " WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, i) -> {
                    Timestamp published = rs.getTimestamp("published_at");
                    long id = rs.getLong("id");
                    byId.put(id, new CourseView(id, rs.getString("title"), rs.getString("summary"), rs.getLong("org_id"),
                            CourseStatus.valueOf(rs.getString("status")),
                            CourseAudience.valueOf(rs.getString("audience")), rs.getBigDecimal("class_hours"),
                            published == null ? null : published.toInstant(), chaptersByCourse.getOrDefault(id, List.of())));
                    return null;
                }).list();
        return ids.stream().map(byId::get).toList();
    }

    private static final String LESSON = "SELECT l.id, l.course_id, l.title, l.duration_seconds, l.class_hours, l.media_id,"
            + " c.org_path, c.status, c.audience, ch.release_on FROM course_lesson l JOIN course c ON c.id = l.course_id"
            + " JOIN course_chapter ch ON ch.id = l.chapter_id";

    private Optional<PlayableLesson> load(long lessonId) {
        return jdbc.sql(LESSON + " WHERE l.id = ?").param(lessonId).query((rs, i) -> lesson(rs)).optional();
    }

    private static PlayableLesson lesson(java.sql.ResultSet rs) throws java.sql.SQLException {
        BigDecimal hours = rs.getBigDecimal("class_hours");
        return new PlayableLesson(rs.getLong("id"), rs.getLong("course_id"), rs.getString("title"),
                rs.getInt("duration_seconds"), hours, rs.getString("org_path"),
                CourseStatus.PUBLISHED.name().equals(rs.getString("status")), rs.getDate("release_on").toLocalDate(),
                rs.getObject("media_id", Long.class), CourseAudience.valueOf(rs.getString("audience")));
    }

    /** "/1/12/345/" → "/1/", "/1/12/", "/1/12/345/". */
    public static List<String> ancestors(String path) {
        List<String> paths = new ArrayList<>();
        if (path == null) {
            return List.of("");
        }
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            paths.add(path.substring(0, i + 1));
        }
        return paths.isEmpty() ? List.of("") : paths;
    }
}
