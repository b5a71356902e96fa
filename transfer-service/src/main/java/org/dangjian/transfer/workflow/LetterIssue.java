package org.dangjian.transfer.workflow;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Issues the letter of introduction when the last level approves: a number unique by construction
 * (prefix, year, the transfer's id), a random code for the QR link, and the validity period.
 */
@Component
class LetterIssue {
    private static final char[] CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 12;
    private final SecureRandom random = new SecureRandom();
    private final TransferProperties properties;

    LetterIssue(TransferProperties properties) {
        this.properties = properties;
    }

    void issue(Transfer t, LocalDate today) {
        t.setLetterNumber(String.format("%s%d-%06d", properties.letterNumberPrefix(), today.getYear(), t.getId()));
        t.setLetterCode(code());
        t.setLetterIssuedOn(today);
        int months = t.isAcrossProvinces() ? properties.letterValidMonthsAcrossProvinces() : properties.letterValidMonths();
        t.setLetterValidUntil(today.plusMonths(months));
    }

    private String code() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_CHARS[random.nextInt(CODE_CHARS.length)];
        }
        return new String(code);
    }
}
