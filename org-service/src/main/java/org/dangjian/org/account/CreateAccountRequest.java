package org.dangjian.org.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** {@code phone} is where notices to the account's holder go (optional, mainland mobile). */
public record CreateAccountRequest(
        @Schema(description = "登录用户名。The login name.", example = "zhangwei")
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]+") String username,
        @Schema(description = "初始密码，首次登录须修改：至少 10 个字符，含至少三类字符。"
                + "The first password, changed at the first login: at least 10 characters of three kinds.",
                example = "Yushan@2026a")
        @NotBlank String password,
        @Schema(description = "所属组织：须在调用者的管辖范围内。The account's organisation, within the caller's.")
        @NotNull Long orgId,
        @Schema(description = "角色：不能高于调用者自己的角色。Roles, none above the caller's own.")
        @NotEmpty Set<Role> roles,
        @Schema(description = "显示名称。The name shown for the account.", example = "张伟") @Size(max = 50) String displayName,
        @Schema(description = "手机号，用于接收通知。A mobile number for notices.", example = "13812345678")
        @Pattern(regexp = AccountPhones.PATTERN) String phone) {
}
