package org.dangjian.learning.exam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A member or an applicant sitting an exam: start, save answers as they go, submit; the server keeps the time. */
@RestController
@Tag(name = "参加考试", description = "党员和入党申请人参加在线考试：服务器计时，到时自动交卷，交卷后才显示答案和得分。Members and "
        + "applicants sitting exams: timed by the server, submitted at the deadline, the key and score only after.")
public class AttemptController {
    private static final String TAKERS = " For members and applicants (403 LEARNING_TAKERS_ONLY for other accounts).";
    private final Attempts attempts;
    private final MyExams myExams;

    AttemptController(Attempts attempts, MyExams myExams) {
        this.attempts = attempts;
        this.myExams = myExams;
    }

    @GetMapping("/api/learning/my/exams")
    @Operation(operationId = "listMyExams", summary = "我的考试",
            description = "The published exams the caller may take (members: general and probationary members' exams of "
                    + "their organisations; applicants: the activists' and development candidates' exams), with attempts "
                    + "made, the best score, whether passed and the attempt in progress." + TAKERS)
    @ApiResponse(responseCode = "200", description = "考试。The exams.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "不是党员或申请人账号。Neither a member's nor an applicant's account, "
            + "code FORBIDDEN, detail LEARNING_TAKERS_ONLY")
    public List<MyExamView> mine() {
        return myExams.list(taker());
    }

    @PostMapping("/api/learning/exams/{id}/attempts")
    @Operation(operationId = "startAttempt", summary = "开始或继续考试",
            description = "Starts an attempt (the server sets its deadline and draws its paper, options in an order of its "
                    + "own), or returns the one in progress, so a second tap or a reopened app resumes it. No key is sent."
                    + TAKERS)
    @ApiResponse(responseCode = "200", description = "进行中的答卷。The attempt in progress.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "不是党员或申请人账号。Neither a member's nor an applicant's account, "
            + "code FORBIDDEN, detail LEARNING_TAKERS_ONLY")
    @ApiResponse(responseCode = "404", description = "考试不存在或不对调用者开放。No such exam open to the caller, code "
            + "LEARNING_EXAM_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已通过，或次数已用完。Passed already, or no attempts left, code "
            + "LEARNING_EXAM_ALREADY_PASSED or LEARNING_EXAM_NO_ATTEMPTS_LEFT")
    public AttemptView start(@Parameter(description = "考试编号。The exam id.") @PathVariable long id) {
        return attempts.start(id, taker());
    }

    @GetMapping("/api/learning/attempts/{id}")
    @Operation(operationId = "getAttempt", summary = "查看答卷",
            description = "The caller's attempt: in progress, its questions and saved answers and the seconds left; submitted, "
                    + "the score, what was right and the key. One past its deadline is submitted first." + TAKERS)
    @ApiResponse(responseCode = "200", description = "答卷。The attempt.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "不是党员或申请人账号。Neither a member's nor an applicant's account, "
            + "code FORBIDDEN, detail LEARNING_TAKERS_ONLY")
    @ApiResponse(responseCode = "404", description = "不是调用者的答卷。Not the caller's attempt, code LEARNING_ATTEMPT_NOT_FOUND")
    public AttemptView get(@Parameter(description = "答卷编号。The attempt id.") @PathVariable long id) {
        return attempts.get(id, taker());
    }

    @PutMapping("/api/learning/attempts/{id}/answers")
    @Operation(operationId = "saveAnswers", summary = "保存答案",
            description = "Saves answers while the attempt runs (each replaces the one saved for its question), so nothing is "
                    + "lost when the phone dies; refused after the deadline." + TAKERS)
    @ApiResponse(responseCode = "200", description = "答卷。The attempt.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "答案不合规：题目不在本卷，或选项不存在。An answer to a question not on this "
            + "paper, or to an option it lacks, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = "不是党员或申请人账号。Neither a member's nor an applicant's account, "
            + "code FORBIDDEN, detail LEARNING_TAKERS_ONLY")
    @ApiResponse(responseCode = "404", description = "不是调用者的答卷。Not the caller's attempt, code LEARNING_ATTEMPT_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已交卷或已过截止时间。Submitted already, or past its deadline, code "
            + "LEARNING_ATTEMPT_SUBMITTED or LEARNING_ATTEMPT_OVER")
    public AttemptView save(@Parameter(description = "答卷编号。The attempt id.") @PathVariable long id,
                            @Valid @RequestBody AnswersRequest request) {
        return attempts.save(id, request, taker());
    }

    @PostMapping("/api/learning/attempts/{id}/submit")
    @Operation(operationId = "submitAttempt", summary = "交卷",
            description = "Submits the attempt with these answers over the saved ones and grades it: the score, pass or fail, "
                    + "and the key. A development exam passed reaches member development." + TAKERS)
    @ApiResponse(responseCode = "200", description = "评分后的答卷。The graded attempt.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "答案不合规：题目不在本卷，或选项不存在。An answer to a question not on this "
            + "paper, or to an option it lacks, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = "不是党员或申请人账号。Neither a member's nor an applicant's account, "
            + "code FORBIDDEN, detail LEARNING_TAKERS_ONLY")
    @ApiResponse(responseCode = "404", description = "不是调用者的答卷。Not the caller's attempt, code LEARNING_ATTEMPT_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已交卷或已过截止时间（已按保存的答案自动交卷）。Submitted already, or past its "
            + "deadline (then submitted with the answers saved), code LEARNING_ATTEMPT_SUBMITTED or LEARNING_ATTEMPT_OVER")
    public AttemptView submit(@Parameter(description = "答卷编号。The attempt id.") @PathVariable long id,
                              @Valid @RequestBody AnswersRequest request) {
        return attempts.submit(id, request, taker());
    }

    private static Taker taker() {
        return Taker.of(CurrentUsers.get(), CurrentUsers.applicantId());
    }
}
