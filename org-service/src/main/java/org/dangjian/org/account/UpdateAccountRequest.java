package org.dangjian.org.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** {@code PATCH /api/auth/accounts/{id}}: only the fields present change. */
public record UpdateAccountRequest(
        @Size(max = 50) String displayName,
        @Pattern(regexp = AccountPhones.PATTERN) String phone,
        @Size(min = 1) Set<Role> roles,
        Long orgId) {
}
