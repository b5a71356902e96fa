package org.dangjian.learning.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.learning.media.MediaLink;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Where the player fetches a lesson's file. */
@RestController
@Tag(name = "学习进度")
public class LessonMediaController {
    private final Study study;

    LessonMediaController(Study study) {
        this.study = study;
    }

    @GetMapping("/api/learning/lessons/{lessonId}/media")
    @Operation(operationId = "getLessonMedia", summary = "获取一课的播放链接",
            description = "A link to the lesson's video, audio or PDF for the player (which cannot send a token): it "
                    + "works without one, with Range requests so the player can seek, for twice the lesson's length and "
                    + "at least 30 minutes; ask again when it has expired. For members (403 otherwise), on lessons they "
                    + "may study.")
    @ApiResponse(responseCode = "200", description = "播放链接。The link.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "不是党员账号。Not a member's account, code FORBIDDEN, detail "
            + "LEARNING_MEMBERS_ONLY")
    @ApiResponse(responseCode = "404", description = "课不存在、未推送，或这一课没有文件。No such lesson for the caller (code "
            + "LEARNING_LESSON_NOT_FOUND) or it plays no file (LEARNING_LESSON_NO_MEDIA)")
    public MediaLink media(@Parameter(description = "课的编号。The lesson id.") @PathVariable long lessonId) {
        return study.media(lessonId, CurrentUsers.get());
    }
}
