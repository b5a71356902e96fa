package org.dangjian.member.record.standing;

import jakarta.validation.Valid;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberService;
import org.dangjian.member.record.MemberView;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.update.MemberUpdates;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators change a member's standing; outside their subtree the member is not found. */
@RestController
public class StandingController {
    private final MemberService members;
    private final Standing standing;

    public StandingController(MemberService members, Standing standing) {
        this.members = members;
        this.standing = standing;
    }

    @PostMapping("/api/members/{id}/status")
    @Transactional
    public MemberView change(@PathVariable long id, @Valid @RequestBody StatusChangeRequest req) {
        CurrentUser caller = CurrentUsers.get();
        MemberUpdates.requireAdministrator(caller);
        Member m = members.get(id);
        MemberUpdates.requireVersion(m, req.version());
        standing.change(m, req.status(), req.date(), req.reason(),
                new Standing.Whereabouts(req.mobileCity(), req.mobileUnit(), req.mobileContact()),
                ChangeActor.of(caller));
        return MemberView.of(m);
    }
}
