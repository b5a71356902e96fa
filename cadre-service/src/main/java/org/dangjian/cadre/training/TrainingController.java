package org.dangjian.cadre.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** A cadre's training. */
@RestController
@RequestMapping("/api/cadres/{cadreId}/training")
@Tag(name = "干部培训", description = "干部的培训记录和学时，党员干部的网上党校学时自动计入。A cadre's training and class "
        + "hours; a member cadre's Party-school hours count automatically.")
public class TrainingController {
    private final Trainings trainings;

    TrainingController(Trainings trainings) {
        this.trainings = trainings;
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "getCadreTraining", summary = "干部培训情况",
            description = "The courses recorded for the cadre, latest first, and per year the hours recorded, the hours "
                    + "earned in the Party school (a member cadre's, from learning-service, counted automatically) and "
                    + "both together. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "培训情况。The training.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "干部不存在或不在所辖范围内。No such cadre in the caller's subtree, code "
            + "CADRE_NOT_FOUND")
    public TrainingView get(@Parameter(description = "干部编号。The cadre id.") @PathVariable long cadreId) {
        return trainings.of(cadreId);
    }

    @Administrators
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordCadreTraining", summary = "登记培训",
            description = "Records a course the cadre attended: its name, who held it, the class hours (0.5 to 500) and "
                    + "the date it ended (not after today). Answers the cadre's training. For administrators "
                    + "(@Administrators).")
    @ApiResponse(responseCode = "201", description = "登记后的培训情况。The training, with the course.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段，或日期晚于今天（heldOn，CADRE_DATE_IN_FUTURE）。A "
            + "field is missing or invalid, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "干部不存在或不在所辖范围内。No such cadre in the caller's subtree, code "
            + "CADRE_NOT_FOUND")
    public TrainingView record(@Parameter(description = "干部编号。The cadre id.") @PathVariable long cadreId,
                               @Valid @RequestBody TrainingRequest request) {
        return trainings.record(cadreId, request, CurrentUsers.get());
    }
}
