package org.dangjian.org.account;

import java.util.Set;

public record AccountView(long id, String username, String displayName, long orgId, Set<String> roles) {
    static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getOrgId(), a.roleSet());
    }
}
