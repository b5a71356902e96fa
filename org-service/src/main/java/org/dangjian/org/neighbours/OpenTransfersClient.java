package org.dangjian.org.neighbours;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** transfer-service: how many transfers out of or into an organisation are still under way. */
@FeignClient(name = "transfer-service", contextId = "orgOpenTransfers")
interface OpenTransfersClient {
    @GetMapping("/internal/orgs/{orgId}/open-transfers")
    Open open(@PathVariable("orgId") long orgId);

    record Open(long orgId, long transfers) {
    }
}
