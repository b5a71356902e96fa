package org.dangjian.learning.hours;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's class-hour ledger for a year. */
@RestController
@RequestMapping("/api/learning/members")
@Tag(name = "学时", description = "党员每年的学时台账，对照当年要求显示进度（不作限制）。"
        + "Each member's class hours in a year, shown as progress against the requirement (never a block).")
public class ClassHoursController {
    private final ClassHours classHours;
    private final Clock clock;

    ClassHoursController(ClassHours classHours, Clock clock) {
        this.classHours = classHours;
        this.clock = clock;
    }

    @GetMapping("/{memberId}/class-hours")
    @Operation(operationId = "getMemberClassHours", summary = "查看党员学时",
            description = "A member's class hours in a year (this year by default): the total, the requirement of rule set "
                    + "`training` in force at the year's end (members' hours: 32 by the national plan), the percent reached "
                    + "and every entry. The member themself, and administrators and auditors of the member's subtree, may "
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
}
