package org.dangjian.org.account;

import java.util.List;
import org.dangjian.contracts.auth.AccountChanged;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.org.tree.Org;
import org.dangjian.org.tree.OrgMapper;
import org.springframework.stereotype.Component;

/**
 * Announces an account's current state ({@code auth.account-changed}) in the transaction that changed
 * it, so other services (notify-service's directory of administrators) follow without calling back.
 */
@Component
class AccountAnnouncements {
    private final AccountMapper accounts;
    private final OrgMapper orgs;
    private final AccountPhones phones;
    private final EventOutbox outbox;
    private final EventSeal seal;

    AccountAnnouncements(AccountMapper accounts, OrgMapper orgs, AccountPhones phones, EventOutbox outbox,
                          EventSeal seal) {
        this.accounts = accounts;
        this.orgs = orgs;
        this.phones = phones;
        this.outbox = outbox;
        this.seal = seal;
    }

    /** Must run inside the changing transaction: reads the row as that transaction left it. */
    void announce(long accountId) {
        Account a = accounts.selectById(accountId);
        Org org = orgs.selectById(a.getOrgId());
        outbox.add(new AccountChanged(a.getId(), a.getOrgId(), org == null ? null : org.getPath(),
                List.copyOf(a.roleSet()), a.getDisplayName(), a.getPhoneEnc() == null ? null : seal.seal(phones.reveal(a)),
                a.getStatus(), a.getMemberId()));
    }
}
