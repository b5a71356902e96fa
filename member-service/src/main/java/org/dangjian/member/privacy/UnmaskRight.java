package org.dangjian.member.privacy;

import org.dangjian.kit.security.CurrentUser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Who may read ID and phone numbers in clear (unmask a record, export unmasked). The right goes with a
 * role, configurable per deployment ({@link PrivacyProperties}); by default the administrators who keep
 * the records. Scope still applies: the right never reaches outside the subtree.
 */
@Component
@EnableConfigurationProperties(PrivacyProperties.class)
public class UnmaskRight {
    /** The reason of the 403 {@code FORBIDDEN} for a clear read without the right. */
    public static final String MEMBER_UNMASK_RIGHT_REQUIRED = "MEMBER_UNMASK_RIGHT_REQUIRED";
    private final PrivacyProperties properties;

    public UnmaskRight(PrivacyProperties properties) {
        this.properties = properties;
    }

    public boolean heldBy(CurrentUser user) {
        return user.roles().stream().anyMatch(properties.unmaskRoles()::contains);
    }
}
