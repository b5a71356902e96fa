package org.dangjian.learning.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.audit.NotAudited;
import org.dangjian.kit.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The player's side of a lesson: heartbeats while it plays, and where to resume. */
@RestController
@RequestMapping("/api/learning/lessons/{lessonId}")
@Tag(name = "学习进度", description = "党员学习课程：播放器心跳计时、断点续学、完成后计入学时。"
        + "A member studying: the player's heartbeats, resuming where they left off, class hours on completion.")
public class StudyController {
    private final Study study;

    StudyController(Study study) {
        this.study = study;
    }

    @PostMapping("/heartbeats")
    @NotAudited("the player sends one every 15 seconds while a lesson plays (thousands a second on a city's study "
            + "evening); what heartbeats earn is on record: the lesson's progress, its completion, the class hours in the "
            + "ledger and learning.hours-earned")
    @Operation(operationId = "sendHeartbeat", summary = "上报播放心跳",
            description = "The player reports its position every 15 seconds or so while the lesson plays (and reads for "
                    + "articles and PDFs). A heartbeat earns the media time it moved forward, never more than the server's "
                    + "clock allows since the previous accepted one at up to 1.25× speed, whatever rate the player claims. "
                    + "One lesson plays at a time per learner: a heartbeat for another lesson earns nothing "
                    + "(ANOTHER_LESSON_PLAYING) unless `start` is true, which makes its lesson the one playing from then on "
                    + "(STARTED, no time earned). After 45 seconds without a heartbeat play starts again. A retried heartbeat "
                    + "(same `id`) changes nothing (REPEATED). Progress reaches the database within about a second; the "
                    + "lesson completes when 90 % of it was really played, and its class hours are counted once. For "
                    + "members (403 for accounts without a member record), on lessons of published courses for their "
                    + "organisation whose chapter is released.")
    @ApiResponse(responseCode = "200", description = "心跳的结果。What became of the heartbeat.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段。A field is missing or invalid (id, position), code "
            + "VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = "不是党员账号。Not a member's account, code FORBIDDEN, detail "
            + "LEARNING_MEMBERS_ONLY")
    @ApiResponse(responseCode = "404", description = "课不存在、未发布给本组织或尚未推送。No such lesson for the caller: not "
            + "published for their organisation or not released yet, code LEARNING_LESSON_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "同一党员的多个设备同时上报，请重试。Heartbeats of the same learner raced "
            + "each other; send it again, code LEARNING_HEARTBEAT_CONTENDED")
    public HeartbeatResult beat(@Parameter(description = "课的编号。The lesson id.") @PathVariable long lessonId,
                                @Valid @RequestBody HeartbeatRequest request) {
        return study.beat(lessonId, request, CurrentUsers.get());
    }

    @GetMapping("/progress")
    @Operation(operationId = "getLessonProgress", summary = "查看一课的学习进度",
            description = "Where the caller stands in a lesson: the position to resume at (the latest heartbeat's), the "
                    + "seconds really played, the percent and when it was completed. For members (403 otherwise), on "
                    + "lessons they may study.")
    @ApiResponse(responseCode = "200", description = "学习进度。The progress.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "不是党员账号。Not a member's account, code FORBIDDEN, detail "
            + "LEARNING_MEMBERS_ONLY")
    @ApiResponse(responseCode = "404", description = "课不存在、未发布给本组织或尚未推送。No such lesson for the caller, code "
            + "LEARNING_LESSON_NOT_FOUND")
    public LessonProgressView progress(@Parameter(description = "课的编号。The lesson id.") @PathVariable long lessonId) {
        return study.progress(lessonId, CurrentUsers.get());
    }
}
