package org.dangjian.org.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.dangjian.org.account.SecondFactorMethod;

@Schema(description = "本账号的两步验证。The caller's second factor.")
public record SecondFactorStatus(
        @Schema(description = "已开启的方式；未开启时不出现。The method in use; absent when the password alone signs in.")
        SecondFactorMethod method,
        @Schema(description = "开启时间。Since when.") OffsetDateTime since,
        @Schema(description = "本账号是否必须开启（市级管理员，按设置）。Whether the account may not be without one "
                + "(the city administrator, where dj.auth.second-factor.required-for-city-admin says so).")
        boolean required) {
}
