package org.dangjian.org.account;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** An account as responses show it: the phone masked ({@code 138****5678}). */
public record AccountView(
        long id,
        @Schema(description = "登录用户名。The login name.", example = "zhangwei") String username,
        @Schema(description = "显示名称。The name shown for the account.", example = "张伟") String displayName,
        @Schema(description = "手机号（脱敏）。The phone, masked.", example = "138****5678") String phone,
        @Schema(description = "所属组织。The account's organisation.") long orgId,
        @ArraySchema(schema = @Schema(implementation = Role.class), uniqueItems = true,
                arraySchema = @Schema(description = "角色。The account's roles.")) Set<String> roles,
        @Schema(description = "对应的党员（党员账号才有）。The member this account belongs to, for member accounts.")
        Long memberId,
        @Schema(description = "下次登录须先修改密码。The holder must change the password at the next login.")
        boolean mustChangePassword,
        @Schema(description = "入党申请人编号（由入党申请开通的账号才有，接收为党员后保留）。The applicant (recruitment case) "
                + "the account was opened for; kept once it is a member's.") Long applicantId) {
    static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getPhoneMasked(), a.getOrgId(),
                a.roleSet(), a.getMemberId(), a.mustChangePassword(), a.getApplicantId());
    }
}
