package org.dangjian.learning.discussion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators moderating the course discussions of their members; the city keeps the list of sensitive words. */
@RestController
@RequestMapping("/api/learning/discussion")
@Tag(name = "讨论管理", description = "管理员处理本组织党员的讨论内容：被举报的优先，屏蔽或恢复；市级管理员维护敏感词。"
        + "Administrators moderate their members' posts, reported ones first; the city keeps the sensitive words.")
public class ModerationController {
    private final Moderation moderation;
    private final SensitiveWords words;

    ModerationController(Moderation moderation, SensitiveWords words) {
        this.moderation = moderation;
        this.words = words;
    }

    @AdministratorsOrAuditors
    @GetMapping("/posts")
    @Operation(operationId = "listDiscussionPosts", summary = "讨论内容",
            description = "Posts by the members of the caller's subtree (100): REPORTED (visible and reported, the most "
                    + "reported first, with the latest reasons), HIDDEN, or ALL, newest first. For administrators and "
                    + "auditors.")
    @ApiResponse(responseCode = "200", description = "帖子与回复。The posts.", useReturnTypeSchema = true)
    public List<PostView> posts(@Parameter(description = "哪些内容，默认被举报的。Which posts; the reported by default.")
                                @RequestParam(defaultValue = "REPORTED") ModerationQueue which) {
        return moderation.queue(which);
    }

    @Administrators
    @PostMapping("/posts/{id}/hide")
    @Operation(operationId = "hideDiscussionPost", summary = "屏蔽讨论内容",
            description = "Hides a post of a member of the caller's subtree, with the reason: members no longer see it "
                    + "(a hidden thread, with its replies). For administrators (@Administrators).")
    @ApiResponse(responseCode = "200", description = "屏蔽后的内容。The post.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少理由。No reason given, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "内容不存在或不在所辖范围内。No such post in the caller's subtree, code "
            + "LEARNING_POST_NOT_FOUND")
    public PostView hide(@Parameter(description = "帖子或回复编号。The post.") @PathVariable long id,
                         @Valid @RequestBody ReasonRequest request) {
        return moderation.hide(id, request.reason(), CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/posts/{id}/restore")
    @Operation(operationId = "restoreDiscussionPost", summary = "恢复或保留讨论内容",
            description = "Shows a hidden post again, or keeps a reported one: either way its reports leave the queue. "
                    + "For administrators (@Administrators) whose subtree holds its author.")
    @ApiResponse(responseCode = "200", description = "恢复后的内容。The post.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "内容不存在或不在所辖范围内。No such post in the caller's subtree, code "
            + "LEARNING_POST_NOT_FOUND")
    public PostView restore(@Parameter(description = "帖子或回复编号。The post.") @PathVariable long id) {
        return moderation.restore(id);
    }

    @AdministratorsOrAuditors
    @GetMapping("/sensitive-words")
    @Operation(operationId = "listSensitiveWords", summary = "敏感词",
            description = "The words posts may not contain, as matched (lower case, no spaces or punctuation). For "
                    + "administrators and auditors.")
    @ApiResponse(responseCode = "200", description = "敏感词。The words.", useReturnTypeSchema = true)
    public List<SensitiveWordView> sensitiveWords() {
        return words.words();
    }

    @CityAdminOnly
    @PostMapping("/sensitive-words")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addSensitiveWord", summary = "新增敏感词",
            description = "Adds a word; in force for the next post. For the city administrator (@CityAdminOnly).")
    @ApiResponse(responseCode = "201", description = "新增的词。The word.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "词语为空或只有标点。Empty, or only punctuation, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "409", description = "已在词表中。Listed already, code LEARNING_SENSITIVE_WORD_TAKEN")
    public SensitiveWordView addSensitiveWord(@Valid @RequestBody SensitiveWordRequest request) {
        return words.add(request.word(), CurrentUsers.get());
    }

    @CityAdminOnly
    @DeleteMapping("/sensitive-words/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removeSensitiveWord", summary = "删除敏感词",
            description = "Takes a word off the list. For the city administrator (@CityAdminOnly).")
    @ApiResponse(responseCode = "204", description = "已删除。Removed.")
    @ApiResponse(responseCode = "404", description = "没有这个词。No such word, code LEARNING_SENSITIVE_WORD_NOT_FOUND")
    public void removeSensitiveWord(@Parameter(description = "敏感词编号。The word.") @PathVariable long id) {
        words.remove(id);
    }
}
