package org.dangjian.learning.hours;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's class-hour ledger for a year, and the bulletin on how a subtree's members study. */
@RestController
@Tag(name = "学时", description = "党员每年的学时台账，对照当年要求显示进度（不作限制）。"
        + "Each member's class hours in a year, shown as progress against the requirement (never a block).")
public class ClassHoursController {
    private final ClassHours classHours;
    private final StudyBulletin bulletin;
    private final StudyRanking ranking;
    private final Clock clock;

    ClassHoursController(ClassHours classHours, StudyBulletin bulletin, StudyRanking ranking, Clock clock) {
        this.classHours = classHours;
        this.bulletin = bulletin;
        this.ranking = ranking;
        this.clock = clock;
    }

    @GetMapping("/api/learning/members/{memberId}/class-hours")
    @Operation(operationId = "getMemberClassHours", summary = "查看党员学时",
            description = "A member's class hours in a year (this year by default): the total, the requirement of rule set "
                    + "`training` in force at the year's end (members' hours: 32 by the national plan; a leader's, 56, "
                    + "for a member who sat on a Party committee as secretary, deputy or member at any time in the year, "
                    + "as cadre-service announces the posts), the percent reached and every entry. The member themself, and administrators and auditors of the member's subtree, may "
                    + "read it; to anyone else the member is not found.")
    @ApiResponse(responseCode = "200", description = "学时台账。The ledger.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "年份不合规。The year is not a number or not within 2000–2100 (field year), code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "党员不存在或不在所辖范围内。The member is not found or not one the caller may "
            + "read, code LEARNING_MEMBER_NOT_FOUND")
    public ClassHoursView of(@Parameter(description = "党员编号。The member id.") @PathVariable long memberId,
                             @Parameter(description = "年份，默认今年。The year, this year by default.", example = "2026")
                             @RequestParam(required = false) Integer year) {
        return classHours.of(memberId, year != null ? year : LocalDate.now(clock).getYear(), CurrentUsers.get());
    }

    @AdministratorsOrAuditors
    @GetMapping("/api/learning/bulletin")
    @Operation(operationId = "getStudyBulletin", summary = "学习情况通报",
            description = "How the members of an organisation's subtree studied this year up to the end of a month (this "
                    + "month by default; December for a past year): each organisation directly below it, and its own "
                    + "members apart (本级), with the members on the roll now, those with any class hours, the hours in "
                    + "all and per member, and those on pace (at least the year's requirement × month / 12), highest "
                    + "share first. For administrators and auditors of the organisation's subtree; `orgId` is the "
                    + "caller's organisation by default.")
    @ApiResponse(responseCode = "200", description = "通报。The bulletin.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "年份或月份不合规。The year (2000–2100) or month (1–12) is not valid "
            + "(field year or month), code VALIDATION_FAILED")
    @ApiResponse(responseCode = "404", description = "组织不存在或不在所辖范围内。No such organisation in the caller's subtree, "
            + "code ORG_NOT_FOUND")
    public StudyBulletinView bulletin(
            @Parameter(description = "组织编号，默认为调用者所在组织。The organisation, the caller's by default.")
            @RequestParam(required = false) Long orgId,
            @Parameter(description = "年份，默认今年。The year, this year by default.", example = "2026")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "截至月份，默认本月（往年为12月）。Up to this month: this month by default, December "
                    + "for a past year.", example = "11") @RequestParam(required = false) Integer month) {
        LocalDate today = LocalDate.now(clock);
        int y = year != null ? year : today.getYear();
        int m = month != null ? month : y < today.getYear() ? 12 : today.getMonthValue();
        return bulletin.of(orgId, y, m, CurrentUsers.get());
    }

    @GetMapping("/api/learning/leaderboard")
    @Operation(operationId = "getStudyLeaderboard", summary = "学时排行",
            description = "An organisation's members by class hours this year (or `year`), most first: how many have "
                    + "hours and the first `size` (1 to 200, 20 by default), each with name, branch and hours, and for a "
                    + "member their own place. Shown only where the organisation turned rankings on (points-service's "
                    + "switch, the nearest setting on its path; off by default): otherwise `shown: false` with nobody "
                    + "listed, for every caller. Administrators and auditors read the organisations of their subtree (their "
                    + "own by default); a member, their branch (by default) and the organisations above it.")
    @ApiResponse(responseCode = "200", description = "排行。The board.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "既不是管理员也不是党员。Neither an administrator nor a member, code "
            + "FORBIDDEN, detail LEARNING_MEMBERS_ONLY")
    @ApiResponse(responseCode = "404", description = "组织不存在或不可查看。No such organisation for the caller, code ORG_NOT_FOUND")
    public LeaderboardView leaderboard(
            @Parameter(description = "组织编号。The organisation.") @RequestParam(required = false) Long orgId,
            @Parameter(description = "年份，默认今年。The year, this year by default.", example = "2026")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "前多少名（1-200）。How many of the first (1 to 200).", example = "20")
            @RequestParam(defaultValue = "20") int size) {
        return ranking.board(orgId, year != null ? year : LocalDate.now(clock).getYear(), size, CurrentUsers.get());
    }
}
