package org.dangjian.points.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rankings for administrators: an organisation's top N with its average (the caller's own organisation
 * unless {@code orgId} names one in their subtree). Each organisation decides whether its members see
 * their own rank.
 */
@RestController
@RequestMapping("/api/points/rankings")
@Tag(name = "积分与排名", description = "党员积分明细、组织内排名及党员能否看到本人排名的设置。"
        + "Members' points statements, rankings within an organisation, and whether members see their own rank.")
public class RankingController {
    private final RankingQuery query;
    private final Visibility visibility;
    private final OrgDirectory orgs;
    private final Clock clock;

    RankingController(RankingQuery query, Visibility visibility, OrgDirectory orgs, Clock clock) {
        this.query = query;
        this.visibility = visibility;
        this.orgs = orgs;
        this.clock = clock;
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "getPointsRanking", summary = "查看积分排名",
            description = "An organisation's ranking for a year (this year by default): how many members are ranked, their "
                    + "average, and the first `size` of them (1 to 200, 50 by default; values outside are clamped). The "
                    + "caller's own organisation unless `orgId` names one in their subtree. For administrators and auditors "
                    + "(@AdministratorsOrAuditors).")
    @ApiResponse(responseCode = "200", description = "排名。The ranking.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public RankingView top(@Parameter(description = "组织，默认为调用者所在组织。The organisation; the caller's own by default.")
                           @RequestParam(required = false) Long orgId,
                           @Parameter(description = "年份，默认今年。The year, this year by default.", example = "2026")
                           @RequestParam(required = false) Integer year,
                           @Parameter(description = "前多少名（1-200）。How many of the first to list (1 to 200).", example = "50")
                           @RequestParam(defaultValue = "50") int size) {
        return query.top(orgId, year != null ? year : LocalDate.now(clock).getYear(), size, CurrentUsers.get());
    }

    @Schema(name = "RankingVisibilityRequest", description = "组织的排名可见设置。Whether an organisation's members see their own rank.")
    public record VisibilityRequest(
            @Schema(description = "组织。The organisation.", example = "1893456789012345678") @NotNull Long orgId,
            @Schema(description = "党员能否看到本人的积分和排名。Whether members see their own score and rank.", example = "true")
            @NotNull Boolean membersSeeOwn) {
    }

    @Schema(name = "RankingVisibility", description = "组织的排名可见设置（含从上级继承的）。Whether an organisation's members see their own rank, as set there or inherited.")
    public record VisibilityView(long orgId,
                                 @Schema(description = "党员能否看到本人的积分和排名。Whether members see their own score and rank.")
                                 boolean membersSeeOwn) {
    }

    @GetMapping("/visibility")
    @Operation(operationId = "getRankingVisibility", summary = "查看排名可见设置",
            description = "Whether the members of an organisation see their own score and rank: the nearest setting on the "
                    + "organisation's path wins, off unless one turns it on. Any signed-in caller whose data scope covers "
                    + "the organisation.")
    @ApiResponse(responseCode = "200", description = "排名可见设置。The setting.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public VisibilityView visibility(@RequestParam long orgId) {
        OrgRef org = orgs.findInScope(orgId, CurrentUsers.get());
        return new VisibilityView(org.orgId(), visibility.membersSeeOwn(org.path()));
    }

    /** An administrator of the organisation (or above) turns members' view of their own rank on or off. */
    @Administrators
    @PutMapping("/visibility")
    @Operation(operationId = "setRankingVisibility", summary = "设置排名可见",
            description = "Turns members' view of their own score and rank on or off for an organisation and the organisations "
                    + "below it that set nothing themselves. Administrators always see the rankings of their subtree. For "
                    + "administrators (@Administrators) of the organisation or above.")
    @ApiResponse(responseCode = "200", description = "已保存的设置。The setting as saved.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public VisibilityView setVisibility(@Valid @RequestBody VisibilityRequest request) {
        CurrentUser caller = CurrentUsers.get();
        OrgRef org = orgs.findInScope(request.orgId(), caller);
        visibility.set(org.orgId(), request.membersSeeOwn(), caller.accountId());
        return new VisibilityView(org.orgId(), request.membersSeeOwn());
    }
}
