package org.dangjian.points.statement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's points for a year (this year unless {@code year} says otherwise). */
@RestController
@RequestMapping("/api/points/members")
@Tag(name = "积分与排名", description = "党员积分明细、组织内排名及积分排名开关（默认关闭）。"
        + "Members' points statements, rankings within an organisation, and the switch that shows rankings (off by default).")
public class StatementController {
    private final Statements statements;
    private final Clock clock;

    StatementController(Statements statements, Clock clock) {
        this.statements = statements;
        this.clock = clock;
    }

    @GetMapping("/{memberId}")
    @Operation(operationId = "getMemberPoints", summary = "查看党员积分明细",
            description = "A member's points for a year (this year by default): the total, the rank in their branch, and every "
                    + "entry with what it is worth under the rules in force. Administrators and auditors of the member's "
                    + "subtree, the city administrator, and the member themself may read it (to anyone else the member is "
                    + "not found). The rank is given only where the member's branch shows rankings (turned on there or "
                    + "above), to anyone: administrators included.")
    @ApiResponse(responseCode = "200", description = "积分明细。The statement.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "党员不存在或不在所辖范围内。The member is not found or not one the caller may read, code POINTS_MEMBER_NOT_FOUND")
    public MemberStatement of(@PathVariable long memberId,
                              @Parameter(description = "年份，默认今年。The year, this year by default.", example = "2026")
                              @RequestParam(required = false) Integer year) {
        return statements.of(memberId, year != null ? year : LocalDate.now(clock).getYear());
    }
}
