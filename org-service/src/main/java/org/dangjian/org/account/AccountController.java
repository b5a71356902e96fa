package org.dangjian.org.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.dangjian.kit.web.paging.PageQuery;
import org.dangjian.kit.web.paging.PageResult;
import org.dangjian.org.audit.AuditAction;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: administrators change them (each change on record), administrators and auditors read them. */
@Tag(name = "账号", description = "登录账号的新建、查询、修改、停用启用、解锁和重置密码，每次修改都记入审计日志。"
        + "Login accounts: create, list, edit, disable and enable, unlock, reset the password; every change is on record.")
@RestController
public class AccountController {
    private final AccountAdministration administration;
    private final AccountQuery query;

    public AccountController(AccountAdministration administration, AccountQuery query) {
        this.administration = administration;
        this.query = query;
    }

    @Operation(operationId = "createAccount", summary = "新建账号", description = """
            Creates an account in one of the caller's organisations. Administrators only (@Administrators); \
            no role above the caller's own may be granted. The holder must change the password at the first \
            login. 400 names the field at fault: `roles` ROLE_ABOVE_CALLER, `password` PASSWORD_TOO_SHORT, \
            PASSWORD_TOO_LONG or PASSWORD_TOO_SIMPLE, `orgId` ORG_NOT_FOUND or ORG_DISSOLVED_NO_ACCOUNTS (a dissolved organisation takes no account). Each attempt is in the audit log.""")
    @ApiResponse(responseCode = "409", description = "用户名已被使用。The username is taken, code USERNAME_TAKEN")
    @Administrators
    @AccountChange(AuditAction.ACCOUNT_CREATE)
    @PostMapping("/api/auth/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    public AccountView create(@Valid @RequestBody CreateAccountRequest request) {
        return AccountView.of(administration.create(request));
    }

    /** City administrator: every account; organisation administrators and auditors: their subtree's. */
    @Operation(operationId = "listAccounts", summary = "查询账号", description = """
            Pages of accounts, filtered by organisation (`subtree` to include the organisations below it), \
            role, status and `q` (username or display name). Administrators and auditors \
            (@AdministratorsOrAuditors): the city administrator sees every account, the others their \
            subtree's.""")
    @AdministratorsOrAuditors
    @GetMapping("/api/auth/accounts")
    public PageResult<AccountItem> list(@RequestParam(required = false) Long orgId,
                                        @Parameter(description = "包含下级组织的账号。Include the accounts of the organisations below `orgId`.")
                                        @RequestParam(defaultValue = "false") boolean subtree,
                                        @Parameter(description = "用户名或显示名称。Username or display name.", example = "zhang")
                                        @RequestParam(required = false) String q,
                                        @RequestParam(required = false) Role role,
                                        @RequestParam(required = false) AccountStatus status,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        return query.find(new AccountQuery.Filter(orgId, subtree, q, role, status), PageQuery.of(page, size));
    }

    @Operation(operationId = "getAccount", summary = "查看账号", description = """
            One account. Administrators and auditors (@AdministratorsOrAuditors), within their subtree \
            (outside it: 404 ACCOUNT_NOT_FOUND).""")
    @AdministratorsOrAuditors
    @GetMapping("/api/auth/accounts/{id}")
    public AccountItem get(@PathVariable long id) {
        return query.get(id);
    }

    @Operation(operationId = "updateAccount", summary = "修改账号", description = """
            Changes the fields sent (display name, phone, roles, organisation). Administrators only \
            (@Administrators), on accounts in their subtree holding no role above theirs (else 403). A change \
            of roles or organisation ends the account's sessions. 400 names the field at fault: `roles` \
            CANNOT_CHANGE_OWN_ROLES or ROLE_ABOVE_CALLER, `orgId` ORG_NOT_FOUND or ORG_DISSOLVED_NO_ACCOUNTS (a dissolved organisation takes no account). Each attempt is in the audit log.""")
    @Administrators
    @AccountChange(AuditAction.ACCOUNT_UPDATE)
    @PatchMapping("/api/auth/accounts/{id}")
    public AccountItem update(@PathVariable long id, @Valid @RequestBody UpdateAccountRequest request) {
        return administration.update(id, request);
    }

    @Operation(operationId = "disableAccount", summary = "停用账号", description = """
            Disables the account: it can no longer log in and its sessions end. Administrators only \
            (@Administrators), on accounts in their subtree holding no role above theirs (else 403). \
            Each attempt is in the audit log.""")
    @ApiResponse(responseCode = "400", description = "不能停用自己的账号。The caller's own account, code CANNOT_DISABLE_SELF")
    @Administrators
    @AccountChange(AuditAction.ACCOUNT_DISABLE)
    @PostMapping("/api/auth/accounts/{id}/disable")
    @ResponseStatus(HttpStatus.OK)
    public AccountItem disable(@PathVariable long id) {
        return administration.disable(id);
    }

    @Operation(operationId = "enableAccount", summary = "启用账号", description = """
            Enables a disabled account again. Administrators only (@Administrators), on accounts in their \
            subtree holding no role above theirs (else 403). Each attempt is in the audit log.""")
    @Administrators
    @AccountChange(AuditAction.ACCOUNT_ENABLE)
    @PostMapping("/api/auth/accounts/{id}/enable")
    public AccountItem enable(@PathVariable long id) {
        return administration.enable(id);
    }

    @Operation(operationId = "unlockAccount", summary = "解锁账号", description = """
            Lifts a lock-out after failed logins. Administrators only (@Administrators), on accounts in their \
            subtree holding no role above theirs (else 403). Each attempt is in the audit log.""")
    @Administrators
    @AccountChange(AuditAction.ACCOUNT_UNLOCK)
    @PostMapping("/api/auth/accounts/{id}/unlock")
    public AccountItem unlock(@PathVariable long id) {
        return administration.unlock(id);
    }

    @Operation(operationId = "resetAccountPassword", summary = "重置账号密码", description = """
            Sets a password the administrator chose; the holder must change it at the next login, the \
            account's sessions end and a lock-out is cleared. Administrators only (@Administrators), on accounts \
            in their subtree holding no role above theirs (else 403), never their own (use POST \
            /api/auth/password). Each attempt is in the audit log.""")
    @ApiResponse(responseCode = "400", description = "不能重置自己的密码，或新密码不符合要求。"
            + "The caller's own account (code CANNOT_RESET_OWN_PASSWORD), or `newPassword` is refused "
            + "(PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_SIMPLE)")
    @Administrators
    @AccountChange(AuditAction.PASSWORD_RESET)
    @PostMapping("/api/auth/accounts/{id}/reset-password")
    @ResponseStatus(HttpStatus.OK)
    public AccountItem resetPassword(@PathVariable long id, @Valid @RequestBody ResetPasswordRequest request) {
        return administration.resetPassword(id, request.newPassword());
    }

    @Operation(operationId = "resetAccountSecondFactor", summary = "重置账号的两步验证", description = """
            Turns another administrator's second factor off, for a lost phone: they sign in with the password \
            alone until they set one up again (at once, for a city administrator where it is required). \
            Administrators only (@Administrators), on accounts in their subtree holding no role above theirs \
            (else 403), never their own (400 CANNOT_RESET_OWN_SECOND_FACTOR; use POST /api/auth/second-factor/off). \
            Each attempt is in the audit log.""")
    @ApiResponse(responseCode = "400", description = "不能重置自己的两步验证。The caller's own account, code CANNOT_RESET_OWN_SECOND_FACTOR")
    @Administrators
    @AccountChange(AuditAction.SECOND_FACTOR_RESET)
    @PostMapping("/api/auth/accounts/{id}/reset-second-factor")
    @ResponseStatus(HttpStatus.OK)
    public AccountItem resetSecondFactor(@PathVariable long id) {
        return administration.resetSecondFactor(id);
    }
}
