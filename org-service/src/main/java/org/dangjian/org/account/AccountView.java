package org.dangjian.org.account;

import java.util.Set;

/** An account as responses show it: the phone masked ({@code 138****5678}). */
public record AccountView(long id, String username, String displayName, String phone, long orgId, Set<String> roles,
                          Long memberId, boolean mustChangePassword) {
    static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getPhoneMasked(), a.getOrgId(),
                a.roleSet(), a.getMemberId(), a.mustChangePassword());
    }
}
