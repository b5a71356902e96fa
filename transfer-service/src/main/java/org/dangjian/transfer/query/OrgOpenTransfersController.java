package org.dangjian.transfer.query;

import org.dangjian.kit.security.rights.CalledBy;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * For org-service, at the moment it dissolves an organisation: whether a transfer out of or into it is still under
 * way (dissolving it would strand the member). Under {@code /internal}: a service's token only.
 */
@RestController
class OrgOpenTransfersController {
    private final OrgOpenTransfers open;

    OrgOpenTransfersController(OrgOpenTransfers open) {
        this.open = open;
    }

    record Open(long orgId, long transfers) {
    }

    @CalledBy("org-service")
    @GetMapping("/internal/orgs/{orgId}/open-transfers")
    ResponseEntity<Open> open(@PathVariable long orgId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Open(orgId, open.of(orgId)));
    }
}
