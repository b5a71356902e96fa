package org.dangjian.org.account;

/**
 * An administrator unlocked an account or reset its password: whatever counted its failed logins (the login throttle
 * in Redis) starts afresh, as the database's count did.
 */
public record LockoutCleared(String username) {
}
