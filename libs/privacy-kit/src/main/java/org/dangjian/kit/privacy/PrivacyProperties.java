package org.dangjian.kit.privacy;

import java.util.Set;
import org.dangjian.kit.security.CurrentUser;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dj.privacy.*}: the roles that may read ID and phone numbers in clear ({@code unmask-roles},
 * {@code DJ_PRIVACY_UNMASK_ROLES}); by default the administrators who keep the records.
 */
@ConfigurationProperties("dj.privacy")
public record PrivacyProperties(Set<String> unmaskRoles) {
    public PrivacyProperties {
        unmaskRoles = unmaskRoles == null ? Set.of(CurrentUser.CITY_ADMIN, CurrentUser.ORG_ADMIN) : Set.copyOf(unmaskRoles);
    }
}
