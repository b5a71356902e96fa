package org.dangjian.cadre.appointment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Posts taken up and left. */
@RestController
@RequestMapping("/api/cadres")
@Tag(name = "干部任职", description = "任职和离任；一个组织同一时间只有一名书记，书记的变动同步到组织信息。Posts taken up "
        + "and left; one secretary per organisation at a time, shown by org-service.")
public class AppointmentController {
    private final Appointments appointments;

    AppointmentController(Appointments appointments) {
        this.appointments = appointments;
    }

    @Administrators
    @PostMapping("/{cadreId}/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "appointCadre", summary = "登记任职",
            description = "Records a post the cadre took up in an organisation of the caller's subtree (the cadre's own "
                    + "by default), from a date not after today, with how the cadre came to it and when the term ends. "
                    + "An organisation has one secretary at a time: the secretary in office leaves first. Announces "
                    + "`dj.cadre.appointment-changed.v1`, from which org-service shows the secretary. For administrators "
                    + "(@Administrators).")
    @ApiResponse(responseCode = "201", description = "任职记录。The post.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段：组织不在所辖范围内（orgId，CADRE_ORG_NOT_FOUND），"
            + "任职日期晚于今天（startsOn，CADRE_DATE_IN_FUTURE），任期届满日期不晚于任职日期（termEndsOn，"
            + "CADRE_TERM_ENDS_BEFORE_START）。A field is missing or invalid, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "干部不存在或不在所辖范围内。No such cadre in the caller's subtree, code "
            + "CADRE_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "该组织已有现任书记（CADRE_ORG_HAS_SECRETARY），或该干部已在该组织担任"
            + "此职务（CADRE_ALREADY_HOLDS_POST）。The organisation has a secretary in office, or the cadre holds the post "
            + "already.")
    public AppointmentView appoint(@Parameter(description = "干部编号。The cadre id.") @PathVariable long cadreId,
                                   @Valid @RequestBody AppointmentRequest request) {
        return appointments.appoint(cadreId, request, CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/appointments/{id}/end")
    @Operation(operationId = "endAppointment", summary = "登记离任",
            description = "Records that the cadre left the post: the last day (not before the start, not after today) "
                    + "and why. Announces `dj.cadre.appointment-changed.v1`. For administrators (@Administrators) whose "
                    + "subtree holds the post's organisation.")
    @ApiResponse(responseCode = "200", description = "离任后的任职记录。The post, ended.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "日期晚于今天（CADRE_DATE_IN_FUTURE）或早于任职日期"
            + "（CADRE_ENDS_BEFORE_START），字段 endsOn。The date is invalid (field endsOn), code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "任职记录不存在或不在所辖范围内。No such post in the caller's subtree, "
            + "code CADRE_APPOINTMENT_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已经离任。The post was left already, code CADRE_APPOINTMENT_ENDED")
    public AppointmentView end(@Parameter(description = "任职记录编号。The appointment id.") @PathVariable long id,
                               @Valid @RequestBody EndRequest request) {
        return appointments.end(id, request, CurrentUsers.get());
    }
}
