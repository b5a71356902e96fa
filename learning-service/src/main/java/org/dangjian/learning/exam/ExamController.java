package org.dangjian.learning.exam;

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

/** Exams as administrators set them: papers fixed or drawn, timed, with a pass mark. */
@RestController
@RequestMapping("/api/learning/exams")
@Tag(name = "在线考试", description = "在线考试：组卷、限时、自动评分，发展党员三类考试的结果送发展党员流程。Online exams: papers, "
        + "server-timed attempts, automatic grading; the development exams' passes reach member development.")
public class ExamController {
    private final Exams exams;

    ExamController(Exams exams) {
        this.exams = exams;
    }

    @Administrators
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createExam", summary = "新建考试",
            description = "Creates an exam as a draft for the people of `orgId`'s subtree (the caller's organisation by default): "
                    + "either a fixed paper (`questionIds`, from the banks of that organisation and above) or rules to draw "
                    + "each attempt's paper at random (`draws`: counts per tag and difficulty), never both. For "
                    + "administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "新建的考试（草稿）。The exam, a draft.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段：试卷须二选一，试题须来自可用题库。A field is missing or "
            + "invalid: one kind of paper, questions from the banks the exam may use, code VALIDATION_FAILED")
    public ExamView create(@Valid @RequestBody ExamRequest request) {
        return exams.create(request, CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/{id}/publish")
    @Operation(operationId = "publishExam", summary = "发布考试",
            description = "Opens a draft exam to the people of its organisation's subtree: members see general and probationary "
                    + "members' exams, applicants the activists' and development candidates' exams. A drawn paper must be "
                    + "fillable from the banks. For administrators (@Administrators) whose subtree holds the exam.")
    @ApiResponse(responseCode = "200", description = "发布后的考试。The published exam.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "考试不存在或不在所辖范围内。No such exam in the caller's subtree, code "
            + "LEARNING_EXAM_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "考试已发布，或题库中的题不够按规则组卷。Already published, or the banks hold "
            + "too few questions for the rules, code LEARNING_EXAM_ALREADY_PUBLISHED or LEARNING_EXAM_PAPER_UNFILLABLE")
    public ExamView publish(@Parameter(description = "考试编号。The exam id.") @PathVariable long id) {
        return exams.publish(id);
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listExams", summary = "考试列表",
            description = "The exams of the caller's subtree, drafts and published, newest first. For administrators and "
                    + "auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "考试。The exams.", useReturnTypeSchema = true)
    public List<ExamView> list() {
        return exams.list();
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}")
    @Operation(operationId = "getExam", summary = "查看考试",
            description = "An exam of the caller's subtree. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "考试。The exam.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "考试不存在或不在所辖范围内。No such exam in the caller's subtree, code "
            + "LEARNING_EXAM_NOT_FOUND")
    public ExamView get(@Parameter(description = "考试编号。The exam id.") @PathVariable long id) {
        return exams.get(id);
    }
}
