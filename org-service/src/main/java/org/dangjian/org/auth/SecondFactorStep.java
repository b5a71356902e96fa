package org.dangjian.org.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dangjian.org.account.SecondFactorMethod;

/**
 * The step between the password and the tokens: which code to give and the challenge to send it with. When
 * {@code setup} is true the account is setting the factor up: for TOTP the secret and the QR code's address come
 * with it, and the first right code turns it on.
 */
@Schema(description = "两步验证的第二步。The second step of a sign-in (or of setting a second factor up).")
public record SecondFactorStep(
        SecondFactorMethod method,
        @Schema(description = "随验证码一起提交的凭证（一次有效）。Send it back with the code; good once.") String challenge,
        @Schema(description = "几秒内有效。Seconds the challenge stays good.", example = "300") int expiresIn,
        @Schema(description = "是否在设置新的第二重验证。Whether this sets a second factor up.") boolean setup,
        @Schema(description = "动态口令的密钥（Base32，只在设置时给出）。The TOTP secret, Base32, only when setting up.",
                example = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP") String secret,
        @Schema(description = "供身份验证器扫码的地址。The otpauth address the QR code carries, only when setting up TOTP.")
        String otpauthUri,
        @Schema(description = "短信发往的手机号（脱敏）。The phone the SMS code went to, masked.", example = "138****5678")
        String phone) {
}
