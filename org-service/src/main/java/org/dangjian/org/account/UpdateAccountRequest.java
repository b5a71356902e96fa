package org.dangjian.org.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** {@code PATCH /api/auth/accounts/{id}}: only the fields present change. */
public record UpdateAccountRequest(
        @Schema(description = "显示名称，空白清除。The display name; blank clears it.", example = "张伟")
        @Size(max = 50) String displayName,
        @Schema(description = "手机号。A mobile number.", example = "13912345678") @Pattern(regexp = AccountPhones.PATTERN) String phone,
        @Schema(description = "新的角色（整体替换）。The new roles, replacing the present ones.")
        @Size(min = 1) Set<Role> roles,
        @Schema(description = "新的所属组织。The new organisation.") Long orgId) {
}
