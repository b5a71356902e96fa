package org.dangjian.member.privacy;

import java.util.Set;
import org.dangjian.kit.security.CurrentUser;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dj.member.privacy.*}: the roles that may read ID and phone numbers in clear
 * ({@code unmask-roles}); by default the administrators who keep the records.
 */
@ConfigurationProperties("dj.member.privacy")
public record PrivacyProperties(Set<String> unmaskRoles) {
    public PrivacyProperties {
        unmaskRoles = unmaskRoles == null ? Set.of(CurrentUser.CITY_ADMIN, CurrentUser.ORG_ADMIN) : Set.copyOf(unmaskRoles);
    }
}
