package org.dangjian.learning.discussion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Members discussing the courses they study. */
@RestController
@RequestMapping("/api/learning/my")
@Tag(name = "课程讨论", description = "党员围绕课程在线讨论：发帖、回复、举报；含敏感词的内容不予发布。Members discussing a course: "
        + "threads, replies and reports; a post with a listed word is refused.")
public class DiscussionController {
    private static final String MEMBERS_ONLY = "不是党员账号。Not a member's account, code FORBIDDEN, detail LEARNING_MEMBERS_ONLY";
    private final Discussions discussions;

    DiscussionController(Discussions discussions) {
        this.discussions = discussions;
    }

    @GetMapping("/courses/{id}/threads")
    @Operation(operationId = "listCourseThreads", summary = "课程讨论帖",
            description = "The course's threads, latest activity first (50). Of each author only the name and branch are "
                    + "shown. For members who may study the course (403 for accounts without a member record).")
    @ApiResponse(responseCode = "200", description = "讨论帖。The threads.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = MEMBERS_ONLY)
    @ApiResponse(responseCode = "404", description = "课程不存在或未发布给本组织。No such course for the caller, code "
            + "LEARNING_COURSE_NOT_FOUND")
    public List<PostView> threads(@Parameter(description = "课程编号。The course.") @PathVariable long id) {
        return discussions.threads(id, CurrentUsers.get());
    }

    @PostMapping("/courses/{id}/threads")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "openCourseThread", summary = "发起课程讨论",
            description = "Opens a thread on a course the member studies. A title or text with a word of the list is "
                    + "refused, naming the word, so that the member can change it. For members.")
    @ApiResponse(responseCode = "201", description = "讨论帖。The thread.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段，或含有敏感词（字段title或body）。A field is missing "
            + "or invalid, or has a listed word (field title or body), code VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = MEMBERS_ONLY)
    @ApiResponse(responseCode = "404", description = "课程不存在或未发布给本组织。No such course for the caller, code "
            + "LEARNING_COURSE_NOT_FOUND")
    public PostView open(@Parameter(description = "课程编号。The course.") @PathVariable long id,
                         @Valid @RequestBody ThreadRequest request) {
        return discussions.open(id, request, CurrentUsers.get());
    }

    @GetMapping("/threads/{id}")
    @Operation(operationId = "getCourseThread", summary = "查看讨论帖",
            description = "A thread with its replies, oldest first. For members who may study its course.")
    @ApiResponse(responseCode = "200", description = "讨论帖及回复。The thread and its replies.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = MEMBERS_ONLY)
    @ApiResponse(responseCode = "404", description = "讨论帖不存在、已屏蔽或课程未发布给本组织。No such thread for the caller, "
            + "code LEARNING_POST_NOT_FOUND")
    public ThreadView thread(@Parameter(description = "讨论帖编号。The thread.") @PathVariable long id) {
        return discussions.thread(id, CurrentUsers.get());
    }

    @PostMapping("/threads/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "replyToCourseThread", summary = "回复讨论帖",
            description = "Replies in a thread; a text with a word of the list is refused, naming the word. For members "
                    + "who may study its course.")
    @ApiResponse(responseCode = "201", description = "回复。The reply.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段，或含有敏感词（字段body）。A field is missing or "
            + "invalid, or has a listed word (field body), code VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = MEMBERS_ONLY)
    @ApiResponse(responseCode = "404", description = "讨论帖不存在、已屏蔽或课程未发布给本组织。No such thread for the caller, "
            + "code LEARNING_POST_NOT_FOUND")
    public PostView reply(@Parameter(description = "讨论帖编号。The thread.") @PathVariable long id,
                          @Valid @RequestBody ReplyRequest request) {
        return discussions.reply(id, request, CurrentUsers.get());
    }

    @PostMapping("/posts/{id}/report")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "reportCoursePost", summary = "举报讨论内容",
            description = "Reports a thread or a reply to the administrators of its author's branch; reporting it again "
                    + "changes nothing. For members who may study its course.")
    @ApiResponse(responseCode = "204", description = "已举报。Reported.")
    @ApiResponse(responseCode = "400", description = "缺少理由。No reason given, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = MEMBERS_ONLY)
    @ApiResponse(responseCode = "404", description = "内容不存在、已屏蔽或课程未发布给本组织。No such post for the caller, code "
            + "LEARNING_POST_NOT_FOUND")
    public void report(@Parameter(description = "帖子或回复编号。The post.") @PathVariable long id,
                       @Valid @RequestBody ReasonRequest request) {
        discussions.report(id, request, CurrentUsers.get());
    }
}
