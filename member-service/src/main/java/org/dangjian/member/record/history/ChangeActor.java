package org.dangjian.member.record.history;

import org.dangjian.kit.security.CurrentUser;

/**
 * Who made a change: an account (administrator or the member themself), or, with no account, the event
 * that did it ({@code transfer:42}, {@code recruitment:7}).
 */
public record ChangeActor(Long accountId, String username) {
    public static ChangeActor of(CurrentUser user) {
        return new ChangeActor(user.accountId(), user.username());
    }

    /** A change made by another service's event, named by its kind and aggregate id. */
    public static ChangeActor event(String kind, long id) {
        return new ChangeActor(null, kind + ":" + id);
    }
}
