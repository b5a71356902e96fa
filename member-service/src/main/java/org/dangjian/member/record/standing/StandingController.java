package org.dangjian.member.record.standing;

import jakarta.validation.Valid;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.member.record.MemberView;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators change a member's standing; outside their subtree the member is not found. */
@RestController
public class StandingController {
    private final Standing standing;

    public StandingController(Standing standing) {
        this.standing = standing;
    }

    @PostMapping("/api/members/{id}/status")
    @Administrators
    public MemberView change(@PathVariable long id, @Valid @RequestBody StatusChangeRequest req) {
        return MemberView.of(standing.changeAsAdministrator(id, req));
    }
}
