package org.dangjian.org.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.dangjian.org.tree.OrgService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators create accounts inside their own subtree, with roles no higher than their own. */
@Service
public class AccountService {
    private final AccountMapper accounts;
    private final OrgService orgs;
    private final PasswordEncoder passwords;
    private final AccountPhones phones;
    private final AccountAnnouncements announcements;
    private final Clock clock;

    public AccountService(AccountMapper accounts, OrgService orgs, PasswordEncoder passwords, AccountPhones phones,
                          AccountAnnouncements announcements, Clock clock) {
        this.accounts = accounts;
        this.orgs = orgs;
        this.passwords = passwords;
        this.phones = phones;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Transactional
    public Account create(CreateAccountRequest req) {
        CurrentUser caller = CurrentUsers.get();
        Role callerRole = AccountManagement.callerRole(caller);
        if (req.roles().stream().anyMatch(r -> r.above(callerRole))) {
            throw ApiException.invalidField("roles", "ROLE_ABOVE_CALLER");
        }
        if (req.roles().contains(Role.APPLICANT)) {
            throw ApiException.invalidField("roles", ApplicantAccounts.ROLE_FROM_RECRUITMENT);
        }
        PasswordPolicy.violation(req.password()).ifPresent(code -> {
            throw ApiException.invalidField("password", code);
        });
        Account account = new Account();
        account.setUsername(req.username());
        account.setPasswordHash(passwords.encode(req.password()));
        account.setDisplayName(req.displayName());
        phones.set(account, req.phone());
        account.setOrgId(req.orgId());
        account.setRoles(Account.joinRoles(req.roles()));
        // The administrator chose this password and knows it: the holder replaces it at first login.
        account.setMustChangePassword(true);
        account.setCreatedBy(caller.accountId());
        // Locked until the account is committed, so the organisation cannot be dissolved meanwhile.
        orgs.accountHome(req.orgId(), "orgId");
        Account created = insert(account);
        announcements.announce(created.getId());
        return created;
    }

    /**
     * The account of a newly registered member ({@code dj.member.registered.v2}, or v1 mapped to it): username
     * {@code m<memberId>}, role MEMBER, no password at all ({@link PasswordHashing#NO_PASSWORD}), so the
     * member logs in by SMS code or WeChat. Returns null when the member already has one.
     */
    @Transactional
    public Account createForMember(MemberRegisteredV2 event) {
        if (accounts.findByMemberId(event.memberId()) != null) {
            return null;
        }
        Account account = new Account();
        account.setUsername("m" + event.memberId());
        // No Argon2 hash of a throwaway secret: at 65,000 members that alone took org-service hours.
        account.setPasswordHash(PasswordHashing.NO_PASSWORD);
        account.setDisplayName(event.name());
        phones.setFromEvent(account, event.phone());
        account.setOrgId(event.orgId());
        account.setRoles(Account.joinRoles(Set.of(Role.MEMBER)));
        account.setMemberId(event.memberId());
        account.setMustChangePassword(false);
        return insert(account);
    }

    /**
     * A member's phone changed ({@code dj.member.updated.v1} naming {@code phone}): their account follows,
     * as {@link #createForMember} set it, so SMS login reaches the new number; a number that is gone or
     * not a mobile clears it. Returns the account, or null when the member has none.
     */
    @Transactional
    public Account followMemberPhone(MemberUpdated event) {
        Account account = accounts.findByMemberId(event.memberId());
        if (account == null) {
            return null;
        }
        Account phone = new Account();
        phones.setFromEvent(phone, event.phone());
        // Set explicitly, nulls included: a plain updateById would skip the cleared columns.
        accounts.update(null, new LambdaUpdateWrapper<Account>().eq(Account::getId, account.getId())
                .set(Account::getPhoneEnc, phone.getPhoneEnc())
                .set(Account::getPhoneIdx, phone.getPhoneIdx())
                .set(Account::getPhoneMasked, phone.getPhoneMasked())
                .set(Account::getUpdatedAt, StoredTime.now(clock)));
        return account;
    }

    /** Inserts with the bookkeeping fields set; a taken username is a 409. */
    @Transactional
    public Account insert(Account account) {
        LocalDateTime now = StoredTime.now(clock);
        account.setFailedLogins(0);
        if (account.getMustChangePassword() == null) {
            account.setMustChangePassword(false);
        }
        account.setStatus("ACTIVE");
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "USERNAME_TAKEN");
        }
        return account;
    }
}
