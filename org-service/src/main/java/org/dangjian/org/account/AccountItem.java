package org.dangjian.org.account;

import java.time.OffsetDateTime;
import java.util.Set;

/** An account as administrators list it: its organisation's name, the phone masked, whether it is locked now. */
public record AccountItem(long id, String username, String displayName, long orgId, String orgName, Set<String> roles,
                          String phone, String status, boolean locked, boolean mustChangePassword,
                          OffsetDateTime createdAt) {
}
