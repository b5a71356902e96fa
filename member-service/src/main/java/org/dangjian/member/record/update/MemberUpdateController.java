package org.dangjian.member.record.update;

import jakarta.validation.Valid;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.member.record.MemberView;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MemberUpdateController {
    private final MemberUpdates updates;

    public MemberUpdateController(MemberUpdates updates) {
        this.updates = updates;
    }

    /**
     * Fields sent replace the stored ones; {@code version} must be the one read (409 otherwise).
     * Record-keeping is the administrators' job; auditors read, members change only their own bits (/me).
     */
    @PatchMapping("/api/members/{id}")
    @Administrators
    public MemberView update(@PathVariable long id, @Valid @RequestBody MemberPatch patch) {
        return MemberView.of(updates.update(id, patch));
    }
}
