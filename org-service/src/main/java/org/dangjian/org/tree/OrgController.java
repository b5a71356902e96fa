package org.dangjian.org.tree;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.dangjian.kit.security.rights.Administrators;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One organisation: create, read, edit, move, dissolve. Subtree reads are in {@link OrgQueryController}. */
@Tag(name = "组织", description = "党组织的新建、查看、修改、调整隶属关系和撤销。"
        + "One Party organisation: create, read, edit, move under another parent, dissolve.")
@RestController
@RequestMapping("/api/orgs")
public class OrgController {
    private final OrgService service;

    public OrgController(OrgService service) {
        this.service = service;
    }

    @Operation(operationId = "createOrg", summary = "新建组织", description = """
            Creates an organisation under `parentId`. Administrators only (@Administrators), within their own \
            organisations. The parent must be active and able to hold children (a committee, working committee \
            or general branch): otherwise 400 with the reason on `parentId` (ORG_NOT_FOUND, ORG_PARENT_DISSOLVED, \
            ORG_PARENT_CANNOT_HAVE_CHILDREN). The code follows the one format of organisation codes (the 6-digit \
            GB/T 2260 code of the place, then 1-6 hyphen-separated segments of upper-case letters or digits, e.g. \
            320583-ZS-V001-2): 400 on `code` otherwise (ORG_CODE_REGION_UNKNOWN when the region code is not a \
            division). No secretary: it is the holder of the post as recorded in 基层干部 (cadre-service). \
            Announces org.created.""")
    @ApiResponse(responseCode = "409", description = "组织编码已存在。The code is taken, code ORG_CODE_EXISTS")
    @Administrators
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<OrgView> create(@Valid @RequestBody CreateOrgRequest request) {
        Org org = service.create(request);
        return ResponseEntity.created(URI.create("/api/orgs/" + org.getId())).body(OrgView.of(org));
    }

    @Operation(operationId = "getOrg", summary = "查看组织", description = """
            One organisation, dissolved ones included. Any signed-in account, within its own organisations \
            (outside them: 404 ORG_NOT_FOUND). The contact phone is masked.""")
    @GetMapping("/{id}")
    public OrgView get(@PathVariable long id) {
        return OrgView.of(service.get(id));
    }

    @Operation(operationId = "listChildOrgs", summary = "列出下级组织", description = """
            The direct children of an organisation in display order (sort order, then id), dissolved ones \
            included. Any signed-in account, within its own organisations.""")
    @GetMapping("/{id}/children")
    public List<OrgView> children(@PathVariable long id) {
        return service.children(id).stream().map(OrgView::of).toList();
    }

    @Operation(operationId = "updateOrg", summary = "修改组织", description = """
            Changes the fields sent (PATCH: a field left out stays as it is; an empty string clears short name, \
            secretary and phone). Administrators only (@Administrators). Each changed field goes to the history \
            and org.updated is announced. A type change must suit the organisation: 400 on `type` with \
            ORG_TYPE_HAS_CHILDREN or ORG_TYPE_HAS_MEMBERS. A new code follows the format of the create request \
            (400 on `code`, ORG_CODE_REGION_UNKNOWN for an unknown region code). The secretary is not edited \
            here: it is the holder of the post as cadre-service records the appointments (POST \
            /api/cadres/{id}/appointments), so 400 on `secretaryMemberId` with ORG_SECRETARY_APPOINTED_IN_CADRES.""")
    @ApiResponse(responseCode = "409", description = "组织已撤销、编码已存在，或刚被他人修改。"
            + "The organisation is dissolved, the code is taken, or someone else changed it meanwhile, "
            + "code ORG_DISSOLVED, ORG_CODE_EXISTS or ORG_CHANGED_CONCURRENTLY")
    @Administrators
    @PatchMapping("/{id}")
    @ResponseStatus(HttpStatus.OK)
    public OrgView update(@PathVariable long id, @Valid @RequestBody UpdateOrgRequest request) {
        return OrgView.of(service.update(id, request));
    }

    @Operation(operationId = "moveOrg", summary = "调整组织隶属关系", description = """
            Moves an organisation with its whole subtree under a new parent. Administrators only \
            (@Administrators). The new parent must be visible, active, able to hold children and outside the \
            moved subtree: otherwise 400 on `newParentId` (ORG_NOT_FOUND, ORG_ROOT_CANNOT_MOVE, \
            ORG_MOVE_INTO_OWN_SUBTREE, ORG_PARENT_DISSOLVED, ORG_PARENT_CANNOT_HAVE_CHILDREN). Moving to the \
            present parent changes nothing. Announces org.moved.""")
    @ApiResponse(responseCode = "409", description = "组织已撤销，或刚被他人修改。"
            + "The organisation is dissolved or someone else changed it meanwhile, "
            + "code ORG_DISSOLVED or ORG_CHANGED_CONCURRENTLY")
    @Administrators
    @PostMapping("/{id}/move")
    @ResponseStatus(HttpStatus.OK)
    public OrgView move(@PathVariable long id, @Valid @RequestBody MoveOrgRequest request) {
        return OrgView.of(service.move(id, request.newParentId()));
    }

    @Operation(operationId = "dissolveOrg", summary = "撤销组织", description = """
            Dissolves an empty organisation (no active child organisations, no members, no transfer under way: \
            member-service and transfer-service are asked at that moment); it stays in the tree, read-only, for history. \
            Administrators only (@Administrators); the root and the caller's own \
            organisation cannot be dissolved. Announces org.dissolved.""")
    @ApiResponse(responseCode = "409", description = "不能撤销：已撤销、是根组织或本账号所在组织、还有下级组织或党员，或刚被他人修改。"
            + "Cannot be dissolved, code ORG_DISSOLVED, ORG_ROOT_CANNOT_DISSOLVE, ORG_OWN_CANNOT_DISSOLVE, "
            + "ORG_HAS_CHILDREN, ORG_HAS_MEMBERS, ORG_HAS_OPEN_TRANSFERS or ORG_CHANGED_CONCURRENTLY")
    @ApiResponse(responseCode = "503", description = "暂时无法核实党员和转接情况，未撤销。member-service or transfer-service could "
            + "not answer; nothing was dissolved, code ORG_DISSOLVE_CHECK_UNAVAILABLE")
    @Administrators
    @PostMapping("/{id}/dissolve")
    @ResponseStatus(HttpStatus.OK)
    public OrgView dissolve(@PathVariable long id) {
        return OrgView.of(service.dissolve(id));
    }
}
