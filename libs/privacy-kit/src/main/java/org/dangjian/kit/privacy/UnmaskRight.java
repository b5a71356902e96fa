package org.dangjian.kit.privacy;

import org.dangjian.kit.security.CurrentUser;

/**
 * Who may read ID and phone numbers in clear (unmask a record, export unmasked), in every service that keeps
 * them. The right goes with a role, one setting for the platform ({@link PrivacyProperties}); by default the
 * administrators who keep the records. Scope still applies: the right never reaches outside the subtree.
 */
public class UnmaskRight {
    private final PrivacyProperties properties;

    public UnmaskRight(PrivacyProperties properties) {
        this.properties = properties;
    }

    public boolean heldBy(CurrentUser user) {
        return user.roles().stream().anyMatch(properties.unmaskRoles()::contains);
    }
}
