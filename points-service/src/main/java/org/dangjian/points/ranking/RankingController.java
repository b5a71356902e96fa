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
 * unless {@code orgId} names one in their subtree), only where the organisation turned rankings on; and
 * the switch itself.
 */
@RestController
@RequestMapping("/api/points/rankings")
@Tag(name = "积分与排名", description = "党员积分明细、组织内排名及积分排名开关（默认关闭）。"
        + "Members' points statements, rankings within an organisation, and the switch that shows rankings (off by default).")
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
                    + "caller's own organisation unless `orgId` names one in their subtree. Where the organisation has not "
                    + "turned rankings on (see `/visibility`), the answer is `shown: false` with nobody listed, for every "
                    + "caller. For administrators and auditors (@AdministratorsOrAuditors).")
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

    @Schema(name = "RankingVisibilityRequest", description = "组织的积分排名开关。Whether an organisation shows rankings.")
    public record VisibilityRequest(
            @Schema(description = "组织。The organisation.", example = "1893456789012345678") @NotNull Long orgId,
            @Schema(description = "是否开启积分排名（对本组织及未自行设置的下级组织有效）。Whether rankings are shown, for the "
                    + "organisation and those below it that set nothing themselves.", example = "true")
            @NotNull Boolean shown) {
    }

    @Schema(name = "RankingVisibility", description = "组织的积分排名开关（本级设置或从上级继承）。Whether an organisation's rankings are shown, as set there or inherited.")
    public record VisibilityView(long orgId,
                                 @Schema(description = "是否显示积分排名；默认不显示。Whether rankings are shown; off unless turned on.")
                                 boolean shown,
                                 @Schema(description = "作出该设置的组织（本组织或上级）；都未设置时为空，即不显示。The organisation whose setting "
                                         + "applies (this one or one above); null when none set one, which means off.")
                                 Long decidedBy) {
        static VisibilityView of(long orgId, Visibility.Setting setting) {
            return new VisibilityView(orgId, setting.shown(), setting.decidedBy());
        }
    }

    @GetMapping("/visibility")
    @Operation(operationId = "getRankingVisibility", summary = "查看积分排名开关",
            description = "Whether an organisation's rankings are shown (to anyone, administrators included): the nearest "
                    + "setting on the organisation's path wins, off unless one turns it on. Any signed-in caller whose data "
                    + "scope covers the organisation.")
    @ApiResponse(responseCode = "200", description = "排名开关。The setting.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public VisibilityView visibility(@RequestParam long orgId) {
        OrgRef org = orgs.findInScope(orgId, CurrentUsers.get());
        return VisibilityView.of(org.orgId(), visibility.settingFor(org.path()));
    }

    /** An administrator of the organisation (or above) turns its rankings on or off; the change is announced. */
    @Administrators
    @PutMapping("/visibility")
    @Operation(operationId = "setRankingVisibility", summary = "开启或关闭积分排名",
            description = "Turns rankings on or off for an organisation and the organisations below it that set nothing "
                    + "themselves. Off, nobody sees a ranking or a rank there, administrators included (the 2023 opinion "
                    + "against fingertip formalism); points themselves stay visible. A change is announced as "
                    + "`dj.points.ranking-visibility-changed.v1` so that every service showing rankings follows it. For "
                    + "administrators (@Administrators) of the organisation or above.")
    @ApiResponse(responseCode = "200", description = "保存后的开关。The setting as saved.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。The organisation `orgId` is not found or outside the caller's subtree, code ORG_NOT_FOUND")
    public VisibilityView setVisibility(@Valid @RequestBody VisibilityRequest request) {
        CurrentUser caller = CurrentUsers.get();
        OrgRef org = orgs.findInScope(request.orgId(), caller);
        visibility.set(org, request.shown(), caller.accountId());
        return new VisibilityView(org.orgId(), request.shown(), org.orgId());
    }
}
