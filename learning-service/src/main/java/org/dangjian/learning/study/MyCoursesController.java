package org.dangjian.learning.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The member's own course list with progress. */
@RestController
@RequestMapping("/api/learning/my/courses")
@Tag(name = "学习进度", description = "党员学习课程：播放器心跳计时、断点续学、完成后计入学时。"
        + "A member studying: the player's heartbeats, resuming where they left off, class hours on completion.")
public class MyCoursesController {
    private final MyCourses myCourses;

    MyCoursesController(MyCourses myCourses) {
        this.myCourses = myCourses;
    }

    @GetMapping
    @Operation(operationId = "listMyCourses", summary = "我的课程",
            description = "The published courses the caller may study (those of their organisation and the organisations "
                    + "above it), newest first, each with the lessons completed, the class hours earned, the lesson to go "
                    + "on with and the progress in every lesson studied. Chapters not yet released are listed with "
                    + "`released` false. For members (403 for accounts without a member record).")
    @ApiResponse(responseCode = "200", description = "课程及进度。The courses with progress.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "不是党员账号。Not a member's account, code FORBIDDEN, detail "
            + "LEARNING_MEMBERS_ONLY")
    public List<MyCourseView> list() {
        return myCourses.list(CurrentUsers.get());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMyCourse", summary = "我的一门课程",
            description = "One course the caller may study, with their progress. For members (403 for accounts without a "
                    + "member record).")
    @ApiResponse(responseCode = "200", description = "课程及进度。The course with progress.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "不是党员账号。Not a member's account, code FORBIDDEN, detail "
            + "LEARNING_MEMBERS_ONLY")
    @ApiResponse(responseCode = "404", description = "课程不存在或未发布给本组织。No such course for the caller, code "
            + "LEARNING_COURSE_NOT_FOUND")
    public MyCourseView get(@Parameter(description = "课程编号。The course id.") @PathVariable long id) {
        return myCourses.get(id, CurrentUsers.get());
    }
}
