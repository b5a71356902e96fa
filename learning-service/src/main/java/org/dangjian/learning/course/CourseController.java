package org.dangjian.learning.course;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Courses as administrators lay them out and publish them to the members of their subtree. */
@RestController
@RequestMapping("/api/learning/courses")
@Tag(name = "党校课程", description = "网上党校的课程：章节分期推送，发布给本组织及下级组织的党员学习。"
        + "Courses of the Party school: chapters released in instalments, published to the members of a subtree.")
public class CourseController {
    private final Courses courses;

    CourseController(Courses courses) {
        this.courses = courses;
    }

    @Administrators
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCourse", summary = "新建课程",
            description = "Creates a course as a draft: its chapters in order, each with a release date (instalments: before "
                    + "it learners see the chapter but cannot study it) and its lessons (kind, duration in seconds, class "
                    + "hours with one decimal). The course belongs to `orgId` (the caller's organisation by default), which "
                    + "must lie in the caller's subtree; the members of that organisation's subtree may study it once "
                    + "published. For administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "新建的课程（草稿）。The course, a draft.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段，或组织不在所辖范围内。A field is missing or invalid, "
            + "or the organisation is not in the caller's subtree (field orgId), code VALIDATION_FAILED")
    public CourseView create(@Valid @RequestBody CourseRequest request) {
        return courses.create(request, CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/{id}/publish")
    @Operation(operationId = "publishCourse", summary = "发布课程",
            description = "Publishes a draft course to the members of its organisation's subtree: released chapters may be "
                    + "studied at once, the others from their release dates. For administrators (@Administrators) whose "
                    + "subtree holds the course.")
    @ApiResponse(responseCode = "200", description = "发布后的课程。The published course.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "课程不存在或不在所辖范围内。No such course in the caller's subtree, code "
            + "LEARNING_COURSE_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "课程已发布。The course is already published, code "
            + "LEARNING_COURSE_ALREADY_PUBLISHED")
    public CourseView publish(@Parameter(description = "课程编号。The course id.") @PathVariable long id) {
        return courses.publish(id);
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listCourses", summary = "课程列表",
            description = "The courses of the caller's subtree, drafts and published, newest first, with their chapters and "
                    + "lessons. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "课程。The courses.", useReturnTypeSchema = true)
    public List<CourseView> list() {
        return courses.list();
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}")
    @Operation(operationId = "getCourse", summary = "查看课程",
            description = "A course of the caller's subtree with its chapters and lessons. For administrators and auditors "
                    + "(@AdministratorsOrAuditors); members read the courses they may study under /api/learning/my/courses.")
    @ApiResponse(responseCode = "200", description = "课程。The course.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "课程不存在或不在所辖范围内。No such course in the caller's subtree, code "
            + "LEARNING_COURSE_NOT_FOUND")
    public CourseView get(@Parameter(description = "课程编号。The course id.") @PathVariable long id) {
        return courses.get(id);
    }
}
