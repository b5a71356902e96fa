package org.dangjian.member.privacy;

import java.util.Set;
import org.dangjian.kit.security.CurrentUser;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Who may read ID and phone numbers in clear (unmask a record, export unmasked). The right goes with a
 * role, configurable per deployment ({@code dj.member.privacy.unmask-roles}); by default the
 * administrators who keep the records. Scope still applies: the right never reaches outside the subtree.
 */
@Component
@ConfigurationProperties("dj.member.privacy")
public class UnmaskRight {
    /** The reason of the 403 {@code FORBIDDEN} for a clear read without the right. */
    public static final String MEMBER_UNMASK_RIGHT_REQUIRED = "MEMBER_UNMASK_RIGHT_REQUIRED";
    private Set<String> unmaskRoles = Set.of(CurrentUser.CITY_ADMIN, CurrentUser.ORG_ADMIN);

    public boolean heldBy(CurrentUser user) {
        return user.roles().stream().anyMatch(unmaskRoles::contains);
    }

    public Set<String> getUnmaskRoles() {
        return unmaskRoles;
    }

    public void setUnmaskRoles(Set<String> unmaskRoles) {
        this.unmaskRoles = Set.copyOf(unmaskRoles);
    }
}
