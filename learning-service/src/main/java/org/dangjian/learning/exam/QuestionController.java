package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The question banks of the Party school's exams. */
@RestController
@RequestMapping("/api/learning/questions")
@Tag(name = "题库", description = "考试题库：单选、多选、判断、填空，带标签和难度。The question banks: single and multiple choice, "
        + "true/false and fill-in, with tags and difficulty.")
public class QuestionController {
    private final Questions questions;

    QuestionController(Questions questions) {
        this.questions = questions;
    }

    @Administrators
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createQuestion", summary = "新增试题",
            description = "Adds a question with its key to the bank of `orgId` (the caller's organisation by default, within "
                    + "the caller's subtree); the exams of that organisation's subtree may use it. Single choice: 2 to 8 "
                    + "options, one right; multiple choice: at least two right; true/false: `correct` [0] for true or [1] "
                    + "for false, no options; fill-in: the accepted answers. For administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "新增的试题。The question.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段（选项、答案与题型不符，或组织不在所辖范围内）。A field is "
            + "missing or invalid: options or key not fitting the kind, or the organisation outside the caller's subtree, "
            + "code VALIDATION_FAILED")
    public QuestionView create(@Valid @RequestBody QuestionRequest request) {
        return questions.create(request, CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listQuestions", summary = "试题列表",
            description = "The questions of the banks of the caller's subtree with their keys, newest first, of one kind and "
                    + "tag when asked; paged. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页试题。A page of questions.", useReturnTypeSchema = true)
    public PageResult<QuestionView> list(@RequestParam(required = false) QuestionKind kind,
                                         @Parameter(description = "标签。A tag.") @RequestParam(required = false) String tag,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return questions.list(kind, tag, PageQuery.of(page, size));
    }
}
