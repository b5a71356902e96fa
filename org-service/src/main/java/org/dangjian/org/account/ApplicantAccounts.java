package org.dangjian.org.account;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.time.Clock;
import java.util.Set;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.recruitment.RecruitmentCaseOpened;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.org.StoredTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An applicant's account, from their recruitment case: opened when the branch opens the case (role APPLICANT,
 * claim {@code applicant_id}, username {@code a<applicantId>}, no password: SMS code to the case's phone only),
 * turned into the member's account when they are admitted (role MEMBER, {@code member_id}; {@code applicant_id}
 * kept), disabled when the case closes without membership. Each step is idempotent: events may come twice.
 */
@Service
@Unscoped("applies recruitment's and member-service's events, which no person calls: announcing the account reads its"
        + " organisation's path wherever in the city the applicant's branch is")
public class ApplicantAccounts {
    /** The display name of an applicant's account once the person's details are gone. */
    static final String ROLE_FROM_RECRUITMENT = "ROLE_FROM_RECRUITMENT";
    private final AccountMapper accounts;
    private final AccountService service;
    private final AccountPhones phones;
    private final AccountAnnouncements announcements;
    private final AccountTokens tokens;
    private final Clock clock;

    ApplicantAccounts(AccountMapper accounts, AccountService service, AccountPhones phones,
                      AccountAnnouncements announcements, AccountTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.service = service;
        this.phones = phones;
        this.announcements = announcements;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Returns the account opened, or null when the applicant already has one. */
    @Transactional
    public Account open(RecruitmentCaseOpened event) {
        if (accounts.findByApplicantId(event.applicantId()) != null) {
            return null;
        }
        Account account = new Account();
        account.setUsername("a" + event.applicantId());
        account.setPasswordHash(PasswordHashing.NO_PASSWORD);
        account.setDisplayName(event.name());
        phones.setFromEvent(account, event.phone());
        account.setOrgId(event.orgId());
        account.setRoles(Account.joinRoles(Set.of(Role.APPLICANT)));
        account.setApplicantId(event.applicantId());
        account.setMustChangePassword(false);
        Account opened = service.insert(account);
        announcements.announce(opened.getId());
        return opened;
    }

    /**
     * The admitted applicant's account becomes the member's: the member id, role MEMBER instead of APPLICANT, the
     * member's organisation, name and phone. Returns it, or null when the applicant has no account (then the
     * member gets a new one as any member does) or it is a member's already.
     */
    @Transactional
    public Account admit(MemberRegisteredV2 event) {
        Account account = event.applicantId() == null ? null : accounts.findByApplicantId(event.applicantId());
        if (account == null || account.getMemberId() != null) {
            return null;
        }
        Account phone = new Account();
        phones.setFromEvent(phone, event.phone());
        accounts.update(null, new LambdaUpdateWrapper<Account>().eq(Account::getId, account.getId())
                .set(Account::getMemberId, event.memberId())
                .set(Account::getUsername, "m" + event.memberId())
                .set(Account::getRoles, Account.joinRoles(Set.of(Role.MEMBER)))
                .set(Account::getOrgId, event.orgId())
                .set(Account::getDisplayName, event.name())
                .set(Account::getPhoneEnc, phone.getPhoneEnc() != null ? phone.getPhoneEnc() : account.getPhoneEnc())
                .set(Account::getPhoneIdx, phone.getPhoneIdx() != null ? phone.getPhoneIdx() : account.getPhoneIdx())
                .set(Account::getPhoneMasked, phone.getPhoneMasked() != null ? phone.getPhoneMasked()
                        : account.getPhoneMasked())
                .set(Account::getUpdatedAt, StoredTime.now(clock)));
        // tokens issued to the applicant carry the old role: the next refresh issues the member's
        tokens.revokeRefreshTokens(account.getId());
        announcements.announce(account.getId());
        return accounts.selectById(account.getId());
    }

    /** A refused admission or a cancelled probation: the account can no longer log in. Null when none is active. */
    @Transactional
    public Account close(long applicantId) {
        Account account = accounts.findByApplicantId(applicantId);
        if (account == null || AccountStatus.DISABLED.name().equals(account.getStatus())) {
            return null;
        }
        accounts.update(null, new LambdaUpdateWrapper<Account>().eq(Account::getId, account.getId())
                .set(Account::getStatus, AccountStatus.DISABLED.name())
                .set(Account::getUpdatedAt, StoredTime.now(clock)));
        tokens.revokeRefreshTokens(account.getId());
        announcements.announce(account.getId());
        return account;
    }

    /**
     * An applicant never admitted, past the period recruitment-service keeps them: the account (disabled since the
     * refusal) keeps its id for the audit log but no longer says who it was. Null when there is nothing to take off
     * (no account, or it became a member's).
     */
    @Transactional
    public Account anonymise(long applicantId) {
        Account account = accounts.findByApplicantId(applicantId);
        if (account == null || account.getMemberId() != null) {
            return null;
        }
        accounts.update(null, Account.withoutPerson(new LambdaUpdateWrapper<Account>().eq(Account::getId, account.getId()))
                .set(Account::getUpdatedAt, StoredTime.now(clock)));
        tokens.revokeRefreshTokens(account.getId());
        announcements.announce(account.getId());
        return account;
    }
}
