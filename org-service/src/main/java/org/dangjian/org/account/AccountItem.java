package org.dangjian.org.account;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Set;

/** An account as administrators list it: its organisation's name, the phone masked, whether it is locked now. */
public record AccountItem(
        long id,
        @Schema(description = "登录用户名。The login name.", example = "zhangwei") String username,
        @Schema(description = "显示名称。The name shown for the account.", example = "张伟") String displayName,
        @Schema(description = "所属组织。The account's organisation.") long orgId,
        @Schema(description = "所属组织名称。The organisation's name.", example = "中共玉山镇委员会") String orgName,
        @ArraySchema(schema = @Schema(implementation = Role.class), uniqueItems = true,
                arraySchema = @Schema(description = "角色。The account's roles.")) Set<String> roles,
        @Schema(description = "手机号（脱敏）。The phone, masked.", example = "138****5678") String phone,
        AccountStatus status,
        @Schema(description = "是否因多次登录失败而暂时锁定。Whether failed logins have locked it for now.") boolean locked,
        @Schema(description = "下次登录须先修改密码。The holder must change the password at the next login.")
        boolean mustChangePassword,
        @Schema(description = "登录时密码之后还要的第二重验证；未开启时不出现。The second factor asked after the password; "
                + "absent when the password alone signs in.") SecondFactorMethod secondFactor,
        OffsetDateTime createdAt) {
}
