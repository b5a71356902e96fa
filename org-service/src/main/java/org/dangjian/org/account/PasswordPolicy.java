package org.dangjian.org.account;

import java.util.Optional;

/**
 * At least 10 characters from at least three of: lower case, upper case, digits, symbols. Returns the
 * message code of the first rule broken.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("PASSWORD_TOO_SHORT");
        }
        if (password.length() > 128) {
            return Optional.of("PASSWORD_TOO_LONG");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return classes >= 3 ? Optional.empty() : Optional.of("PASSWORD_TOO_SIMPLE");
    }
}
