package org.dangjian.cadre.reserve;

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

/** The reserve list (后备干部). */
@RestController
@RequestMapping("/api/cadres")
@Tag(name = "后备干部", description = "后备干部名单：为某组织的某职务培养的后备人选。Reserve cadres: kept in reserve for a "
        + "post of an organisation.")
public class ReserveController {
    private final Reserves reserves;

    ReserveController(Reserves reserves) {
        this.reserves = reserves;
    }

    @Administrators
    @PostMapping("/{cadreId}/reserves")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addReserve", summary = "列为后备干部",
            description = "Puts the cadre in reserve for a post of an organisation of the caller's subtree (the cadre's "
                    + "own by default) from a date not after today; once per post at a time. For administrators "
                    + "(@Administrators).")
    @ApiResponse(responseCode = "201", description = "后备记录。The reserve entry.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "组织不在所辖范围内（orgId，CADRE_ORG_NOT_FOUND）或日期晚于今天（since，"
            + "CADRE_DATE_IN_FUTURE）。A field is missing or invalid, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "干部不存在或不在所辖范围内。No such cadre in the caller's subtree, code "
            + "CADRE_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已是该职务的后备干部。In reserve for the post already, code "
            + "CADRE_ALREADY_IN_RESERVE")
    public ReserveView add(@Parameter(description = "干部编号。The cadre id.") @PathVariable long cadreId,
                           @Valid @RequestBody ReserveRequest request) {
        return reserves.add(cadreId, request, CurrentUsers.get());
    }

    @Administrators
    @PostMapping("/reserves/{id}/end")
    @Operation(operationId = "endReserve", summary = "移出后备名单",
            description = "Takes the cadre off the reserve list from a date (not before the entry, not after today). "
                    + "For administrators (@Administrators) whose subtree holds the entry's organisation.")
    @ApiResponse(responseCode = "200", description = "移出后的后备记录。The entry, ended.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "日期无效（until）。The date is invalid, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "后备记录不存在或不在所辖范围内。No such entry in the caller's subtree, "
            + "code CADRE_RESERVE_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "已移出后备名单。Taken off already, code CADRE_RESERVE_ENDED")
    public ReserveView end(@Parameter(description = "后备记录编号。The reserve id.") @PathVariable long id,
                           @Valid @RequestBody ReserveEndRequest request) {
        return reserves.end(id, request);
    }
}
