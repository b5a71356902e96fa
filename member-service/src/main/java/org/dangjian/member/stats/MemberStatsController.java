package org.dangjian.member.stats;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/members/stats?orgId=}: the breakdowns of a subtree in the caller's scope. */
@RestController
public class MemberStatsController {
    private final MemberStats stats;

    public MemberStatsController(MemberStats stats) {
        this.stats = stats;
    }

    @GetMapping("/api/members/stats")
    public MemberStatsView stats(@RequestParam(required = false) Long orgId) {
        return stats.of(orgId);
    }
}
