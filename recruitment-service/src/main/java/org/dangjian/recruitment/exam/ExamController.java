package org.dangjian.recruitment.exam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.recruitment.catalogue.ExamKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The exams of a case: passes announced by the learning platform and paper exams recorded with their score sheet. */
@RestController
@RequestMapping("/api/recruitment/cases/{id}/exams")
@Tag(name = "发展党员案卷", description = "发展党员全程纪实：每名申请人一份案卷，按流程逐步记录。Member development: one case per "
        + "applicant, its steps recorded in the catalogue's order.")
public class ExamController {
    private final PaperExams paper;

    ExamController(PaperExams paper) {
        this.paper = paper;
    }

    @Administrators
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordRecruitmentPaperExam", summary = "登记纸质考试",
            description = "Records an exam the applicant sat on paper: its kind, score (0–100), date (not after today) and a "
                    + "photo of the score sheet as the multipart field `file` (JPEG, PNG, WebP or GIF, told by its bytes; "
                    + "scanned PDFs are not accepted yet). It is a pass when the score reaches the pass mark of rule set "
                    + "`admission` in force on its date (local practice, 60 by default); a failed exam is kept and the step "
                    + "waiting for that exam stays locked. Recorded by the administrators who may record that step "
                    + "(403 otherwise). For administrators (@Administrators) whose subtree holds the case.")
    @ApiResponse(responseCode = "201", description = "登记的考试及是否合格。The exam recorded, and whether it passed.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "考试种类不适用于本案卷的流程、成绩不在0至100之间或日期晚于今天。The case's "
            + "catalogue has no step waiting for that kind (field kind), the score is not within 0–100 (field score) or "
            + "the date is after today (field date), code VALIDATION_FAILED")
    @ApiResponse(responseCode = "403", description = "等待该考试的步骤由其他组织记录。The step waiting for the exam is another "
            + "organisation's to record, code FORBIDDEN, detail RECRUITMENT_EXAM_RECORDED_BY")
    @ApiResponse(responseCode = "404", description = "案卷不存在或不在所辖范围内。No such case in the caller's subtree, code "
            + "RECRUITMENT_CASE_NOT_FOUND")
    @ApiResponse(responseCode = "413", description = "文件过大。The photo is larger than the upload limit, code UPLOAD_TOO_LARGE")
    @ApiResponse(responseCode = "415", description = "成绩单须为JPEG、PNG、WebP或GIF图片。The score sheet is not a photo, code "
            + "UPLOAD_NOT_AN_IMAGE")
    public ExamView recordPaper(@Parameter(description = "案卷号。The case id.") @PathVariable long id,
                                @Parameter(description = "考试种类。The exam's kind.") @RequestParam ExamKind kind,
                                @Parameter(description = "成绩（满分100）。The score, out of 100.", example = "78")
                                @RequestParam BigDecimal score,
                                @Parameter(description = "考试日期。The exam's date.") @RequestParam @DateTimeFormat(iso = ISO.DATE)
                                LocalDate date,
                                @Parameter(description = "成绩单照片。A photo of the score sheet.") @RequestParam("file")
                                MultipartFile file) throws IOException {
        return paper.record(id, kind, score, date, file.getInputStream(), CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listRecruitmentExams", summary = "案卷的考试",
            description = "The exams of the case, oldest first: online passes the learning platform announced and paper exams "
                    + "recorded, each with whether it passed. For administrators and auditors (@AdministratorsOrAuditors) "
                    + "whose subtree holds the case.")
    @ApiResponse(responseCode = "200", description = "考试记录。The exams.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "案卷不存在或不在所辖范围内。No such case in the caller's subtree, code "
            + "RECRUITMENT_CASE_NOT_FOUND")
    public List<ExamView> list(@Parameter(description = "案卷号。The case id.") @PathVariable long id) {
        return paper.ofCase(id);
    }
}
