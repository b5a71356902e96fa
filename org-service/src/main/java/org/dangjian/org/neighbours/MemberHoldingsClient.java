package org.dangjian.org.neighbours;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** member-service: how many people an organisation still holds (arriving and suspended members included). */
@FeignClient(name = "member-service", contextId = "orgMemberHoldings")
interface MemberHoldingsClient {
    @GetMapping("/internal/orgs/{orgId}/members")
    Holding holding(@PathVariable("orgId") long orgId);

    record Holding(long orgId, long members) {
    }
}
