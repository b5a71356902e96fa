package org.dangjian.org.account;

/** What an administrator gives after the password, when they turned a second factor on. */
public enum SecondFactorMethod {
    /** A six-digit code from an authenticator app (RFC 6238), set up by scanning a QR code. */
    TOTP("动态口令"),
    /** A six-digit code sent by SMS to the account's phone. */
    SMS("短信验证码");

    private final String label;

    SecondFactorMethod(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }
}
