package org.dangjian.learning.course;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.media.MediaLibrary;
import org.dangjian.learning.orgs.PublishingOrg;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses as administrators prepare and publish them. A course belongs to an organisation of the caller's subtree;
 * the scope on {@link Course} keeps every other organisation's courses out of reach (404).
 */
@Service
class Courses {
    static final String NOT_FOUND = "LEARNING_COURSE_NOT_FOUND";
    static final String ALREADY_PUBLISHED = "LEARNING_COURSE_ALREADY_PUBLISHED";
    static final String WRONG_MEDIA = "LEARNING_MEDIA_WRONG_KIND";
    private final CourseMapper courses;
    private final CourseReader reader;
    private final OrgDirectory orgs;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final MediaLibrary media;
    private final Clock clock;

    Courses(CourseMapper courses, CourseReader reader, OrgDirectory orgs, JdbcClient jdbc, JdbcTemplate batch,
            MediaLibrary media, Clock clock) {
        this.media = media;
        this.courses = courses;
        this.reader = reader;
        this.orgs = orgs;
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    @Transactional
    CourseView create(CourseRequest request, CurrentUser by) {
        OrgRef org = PublishingOrg.of(orgs, request.orgId(), by);
        checkMedia(request);
        Course course = new Course();
        course.setTitle(request.title().strip());
        course.setSummary(request.summary());
        course.setOrgId(org.orgId());
        course.setOrgPath(org.path());
        course.setAudience((request.audience() == null ? CourseAudience.MEMBERS : request.audience()).name());
        course.setStatus(CourseStatus.DRAFT.name());
        course.setClassHours(request.chapters().stream().flatMap(c -> c.lessons().stream())
                .map(CourseRequest.Lesson::classHours).reduce(BigDecimal.ZERO, BigDecimal::add));
        course.setCreatedBy(by.accountId());
        course.setCreatedAt(clock.instant());
        courses.insert(course);
        int chapterSeq = 0;
        List<Object[]> lessons = new ArrayList<>();
        for (CourseRequest.Chapter chapter : request.chapters()) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO course_chapter (course_id, seq, title, release_on) VALUES (?, ?, ?, ?)")
                    .params(course.getId(), ++chapterSeq, chapter.title().strip(), chapter.releaseOn())
                    .update(key);
            long chapterId = key.getKey().longValue();
            int lessonSeq = 0;
            for (CourseRequest.Lesson lesson : chapter.lessons()) {
                lessons.add(new Object[] {course.getId(), chapterId, ++lessonSeq, lesson.title().strip(),
                        lesson.kind().name(), lesson.durationSeconds(), lesson.classHours(), lesson.mediaId()});
            }
        }
        batch.batchUpdate("INSERT INTO course_lesson (course_id, chapter_id, seq, title, kind, duration_seconds, class_hours,"
                + " media_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", lessons);
        return reader.outlines(List.of(course.getId())).get(0);
    }

    /**
     * Each lesson's file is a complete upload the caller manages, of the lesson's kind (400 at the lesson's
     * {@code mediaId} otherwise); the files of all lessons are read in one query.
     */
    private void checkMedia(CourseRequest request) {
        List<Long> ids = request.chapters().stream().flatMap(c -> c.lessons().stream())
                .map(CourseRequest.Lesson::mediaId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> types = media.readyTypes(ids);
        for (int c = 0; c < request.chapters().size(); c++) {
            List<CourseRequest.Lesson> lessons = request.chapters().get(c).lessons();
            for (int l = 0; l < lessons.size(); l++) {
                CourseRequest.Lesson lesson = lessons.get(l);
                if (lesson.mediaId() == null) {
                    continue;
                }
                String field = "chapters[" + c + "].lessons[" + l + "].mediaId";
                String type = types.get(lesson.mediaId());
                if (type == null) {
                    throw ApiException.invalidField(field, MediaLibrary.NOT_FOUND);
                }
                if (!lesson.kind().plays(type)) {
                    throw ApiException.invalidField(field, WRONG_MEDIA);
                }
            }
        }
    }

    /** Publishing makes the course studiable by its audience; its released chapters at once, the others on their dates. */
    @Transactional
    CourseView publish(long id) {
        Course course = managed(id);
        if (CourseStatus.PUBLISHED.name().equals(course.getStatus())) {
            throw ApiException.conflict(ALREADY_PUBLISHED);
        }
        course.setStatus(CourseStatus.PUBLISHED.name());
        course.setPublishedAt(clock.instant());
        courses.updateById(course);
        return reader.outlines(List.of(id)).get(0);
    }

    CourseView get(long id) {
        return reader.outlines(List.of(managed(id).getId())).get(0);
    }

    /** The courses of the caller's subtree, newest first. */
    List<CourseView> list() {
        List<Long> ids = courses.selectList(new LambdaQueryWrapper<Course>().select(Course::getId)
                .orderByDesc(Course::getId)).stream().map(Course::getId).toList();
        return reader.outlines(ids);
    }

    private Course managed(long id) {
        Course course = courses.selectById(id);
        if (course == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return course;
    }
}
