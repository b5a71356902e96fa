package org.dangjian.org.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ResetPasswordRequest(
        @Schema(description = "新密码，持有人下次登录须修改：至少 10 个字符，含至少三类字符。"
                + "The new password, to be changed at the next login: at least 10 characters of three kinds.",
                example = "Kunshan@2026b")
        @NotBlank @Size(max = 128) String newPassword) {
}
