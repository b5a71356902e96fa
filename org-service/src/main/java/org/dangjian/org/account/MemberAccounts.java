package org.dangjian.org.account;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.time.Clock;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MembershipStatus;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.org.StoredTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A member's account follows the member: it moves with them to their new organisation (whose administrators then
 * manage it, and the old ones no longer can), and it is closed when they leave the Party or die (no SMS or WeChat
 * login afterwards), opened again should the leaving be undone. Each change ends the tokens the account holds, so
 * the next sign-in carries the new organisation, or none is possible.
 */
@Component
@Unscoped("applies member-service's events, which no person calls: announcing the account reads its organisation's"
        + " path")
class MemberAccounts {
    private final AccountMapper accounts;
    private final AccountAnnouncements announcements;
    private final AccountTokens tokens;
    private final Clock clock;

    MemberAccounts(AccountMapper accounts, AccountAnnouncements announcements, AccountTokens tokens, Clock clock) {
        this.accounts = accounts;
        this.announcements = announcements;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The member's account, now under their new organisation; null when they have none or it is there already. */
    @Transactional
    public Account relocate(MemberRelocated event) {
        Account account = accounts.findByMemberId(event.memberId());
        if (account == null || account.getOrgId() == event.toOrgId()) {
            return null;
        }
        return change(account, set -> set.set(Account::getOrgId, event.toOrgId()));
    }

    /** Closed when the member left (or died), opened when a leaving is undone; null when nothing changes. */
    @Transactional
    public Account followStatus(MemberStatusChangedV2 event) {
        boolean leftNow = MembershipStatus.LEFT.equals(event.after().state());
        boolean leftBefore = MembershipStatus.LEFT.equals(event.before().state());
        if (leftNow == leftBefore) {
            return null;
        }
        Account account = accounts.findByMemberId(event.memberId());
        AccountStatus status = leftNow ? AccountStatus.DISABLED : AccountStatus.ACTIVE;
        if (account == null || status.name().equals(account.getStatus())) {
            return null;
        }
        return change(account, set -> set.set(Account::getStatus, status.name()));
    }

    /**
     * A former member past their retention period: the account (disabled since they left) keeps its id and username
     * for the audit log but no longer says who it was. Null when they had none.
     */
    @Transactional
    public Account anonymise(MemberAnonymised event) {
        Account account = accounts.findByMemberId(event.memberId());
        if (account == null) {
            return null;
        }
        return change(account, Account::withoutPerson);
    }

    private Account change(Account account, java.util.function.Consumer<LambdaUpdateWrapper<Account>> fields) {
        LambdaUpdateWrapper<Account> set = new LambdaUpdateWrapper<Account>().eq(Account::getId, account.getId());
        fields.accept(set);
        set.set(Account::getUpdatedAt, StoredTime.now(clock));
        accounts.update(null, set);
        announcements.announce(account.getId());
        tokens.revokeRefreshTokens(account.getId());
        long id = account.getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tokens.markAccessTokensRevoked(id);
            }
        });
        return accounts.selectById(id);
    }
}
