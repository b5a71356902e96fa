package org.dangjian.cadre.form;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The appointment and removal form (干部任免审批表) to print. */
@RestController
@Tag(name = "基层干部") // described once, on CadreController
public class AppointmentFormController {
    private final AppointmentForms forms;

    AppointmentFormController(AppointmentForms forms) {
        this.forms = forms;
    }

    @AdministratorsOrAuditors
    @GetMapping(value = "/api/cadres/{cadreId}/appointment-form.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "printCadreAppointmentForm", summary = "打印干部任免审批表",
            description = "The appointment and removal form (干部任免审批表) of a cadre of the caller's subtree as a PDF "
                    + "of two A4 pages in the printed form's layout (inline, not cached): name, sex, birth (age), the "
                    + "date of joining the Party and education from the records (a member's from the member record), "
                    + "the posts held, the record of posts and the training; with `appointmentId`, that post as the "
                    + "one to take up (while held) or to leave (once ended) with the reason; the caller's organisation "
                    + "as the one submitting it. What the platform does not keep (ethnicity, native place, health, "
                    + "family) is left blank to be written by hand. For administrators and auditors "
                    + "(@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "任免审批表 PDF。The form as a PDF.",
            headers = @Header(name = "Content-Disposition", description = "inline; filename=干部任免审批表-<姓名>.pdf",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "干部不存在或不在所辖范围内（CADRE_NOT_FOUND），或不是该干部的任职记录"
            + "（CADRE_APPOINTMENT_NOT_FOUND）。No such cadre in the caller's subtree, or no such post of the cadre",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "Problem")))
    public ResponseEntity<byte[]> print(@Parameter(description = "干部编号。The cadre id.") @PathVariable long cadreId,
                                        @Parameter(description = "所任免的职务（任职记录编号）。The post the form is about.")
                                        @RequestParam(required = false) Long appointmentId) {
        AppointmentForms.Printed printed = forms.print(cadreId, appointmentId, CurrentUsers.get());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("干部任免审批表-" + printed.name() + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(printed.pdf());
    }
}
