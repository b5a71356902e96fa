package org.dangjian.member.orgs;

import org.dangjian.kit.security.rights.CalledBy;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * For org-service, at the moment it dissolves an organisation: whether the organisation still holds members. Its own
 * count arrives by event and may be seconds behind (a member added just before would be left in a dissolved
 * organisation). Under {@code /internal}: a service's token only.
 */
@RestController
class OrgMembershipController {
    private final OrgMembership membership;

    OrgMembershipController(OrgMembership membership) {
        this.membership = membership;
    }

    record Holding(long orgId, long members) {
    }

    @CalledBy("org-service")
    @GetMapping("/internal/orgs/{orgId}/members")
    ResponseEntity<Holding> holding(@PathVariable long orgId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Holding(orgId, membership.holdingMembers(orgId)));
    }
}
