package org.dangjian.notify.directory;

/**
 * Someone a message can reach: a stable key ({@code member:12}, {@code account:5}) that makes delivery
 * once-only per recipient, their name, encrypted phone and masked phone, and the organisation path that
 * puts the message in administrators' scope.
 */
public record Recipient(String key, String name, String phoneEnc, String phoneMasked, String orgPath) {
    private static final String MEMBER = "member:";

    /** The same person, their message filed under the organisation at {@code path}. */
    public Recipient atOrg(String path) {
        return new Recipient(key, name, phoneEnc, phoneMasked, path);
    }

    /** Whether there is a phone to send to. */
    public boolean reachable() {
        return phoneEnc != null;
    }

    /** The member this recipient is, or null for an account (an administrator, a login code's phone). */
    public Long memberId() {
        return memberIdOf(key);
    }

    /** The member a recipient key names, or null for an account's. */
    public static Long memberIdOf(String key) {
        return key.startsWith(MEMBER) ? Long.valueOf(key.substring(MEMBER.length())) : null;
    }

    public static String member(long memberId) {
        return MEMBER + memberId;
    }

    public static String account(long accountId) {
        return "account:" + accountId;
    }
}
