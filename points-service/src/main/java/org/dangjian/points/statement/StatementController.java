package org.dangjian.points.statement;

import java.time.Clock;
import java.time.LocalDate;
import org.dangjian.kit.security.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A member's points for a year (this year unless {@code year} says otherwise). */
@RestController
@RequestMapping("/api/points/members")
public class StatementController {
    private final Statements statements;
    private final Clock clock;

    StatementController(Statements statements, Clock clock) {
        this.statements = statements;
        this.clock = clock;
    }

    @GetMapping("/{memberId}")
    public MemberStatement of(@PathVariable long memberId, @RequestParam(required = false) Integer year) {
        return statements.of(memberId, year != null ? year : LocalDate.now(clock).getYear(), CurrentUsers.get());
    }
}
