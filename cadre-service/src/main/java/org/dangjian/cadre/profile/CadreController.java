package org.dangjian.cadre.profile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.cadre.appointment.Position;
import org.dangjian.cadre.record.CadreRequest;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cadre records as the administrators of a subtree keep them. */
@RestController
@RequestMapping("/api/cadres")
@Tag(name = "基层干部", description = "基层干部信息库：村、社区党组织书记和班子成员、村（居）委会成员、大学生村官、社区工作者和后备干部。"
        + "Grassroots cadres: village and community Party secretaries and committees, residents' committees, "
        + "college-graduate officials, community workers and reserves.")
public class CadreController {
    private final CadreProfiles profiles;

    CadreController(CadreProfiles profiles) {
        this.profiles = profiles;
    }

    @Administrators
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createCadre", summary = "登记干部",
            description = "Records a cadre: a Party member by `memberId` (of the caller's subtree; name, sex, date of birth "
                    + "and education are the member record's and are not typed again: sending them is refused at the "
                    + "field), kept under the member's organisation; or someone who is not a member with `name`, "
                    + "`gender`, `birthDate` (required) and `education`, under `orgId` (the caller's organisation by "
                    + "default). One record per member. For administrators (@Administrators).")
    @ApiResponse(responseCode = "201", description = "登记的干部。The cadre.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段：党员不在所辖范围内（memberId，CADRE_MEMBER_NOT_FOUND），"
            + "组织不在所辖范围内（orgId，CADRE_ORG_NOT_FOUND），学历代码无效（education，CADRE_EDUCATION_UNKNOWN），为党员"
            + "干部填写了个人信息（CADRE_MEMBER_DETAILS_FROM_RECORD）。A field is missing or invalid, code VALIDATION_FAILED")
    @ApiResponse(responseCode = "409", description = "该党员已登记为干部。The member has a cadre record already, code "
            + "CADRE_MEMBER_ALREADY_RECORDED")
    public CadreView create(@Valid @RequestBody CadreRequest request) {
        return profiles.create(request, CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listCadres", summary = "干部名册",
            description = "The cadres of an organisation's subtree (the caller's own when `orgId` is not given), newest "
                    + "first, each with posts and reserve entries; with `position`, those holding it now in an "
                    + "organisation of the subtree. Paged. For administrators and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "一页干部。A page of cadres.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation is not found or outside the "
            + "caller's subtree, code ORG_NOT_FOUND")
    public PageResult<CadreView> list(
            @Parameter(description = "组织（含下级）。The organisation whose subtree to list.")
            @RequestParam(required = false) Long orgId,
            @Parameter(description = "现任职务。Only those holding this post now.")
            @RequestParam(required = false) Position position,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return profiles.list(orgId, position, PageQuery.of(page, size), CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}")
    @Operation(operationId = "getCadre", summary = "干部信息",
            description = "A cadre of the caller's subtree with every post held and reserve entry. For administrators "
                    + "and auditors (@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "干部。The cadre.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "干部不存在或不在所辖范围内。No such cadre in the caller's subtree, code "
            + "CADRE_NOT_FOUND")
    public CadreView get(@Parameter(description = "干部编号。The cadre id.") @PathVariable long id) {
        return profiles.get(id);
    }
}
