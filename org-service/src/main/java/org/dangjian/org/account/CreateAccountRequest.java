package org.dangjian.org.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** {@code phone} is where notices to the account's holder go (optional, mainland mobile). */
public record CreateAccountRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]+") String username,
        @NotBlank String password,
        @NotNull Long orgId,
        @NotEmpty Set<Role> roles,
        @Size(max = 50) String displayName,
        @Pattern(regexp = AccountPhones.PATTERN) String phone) {
}
