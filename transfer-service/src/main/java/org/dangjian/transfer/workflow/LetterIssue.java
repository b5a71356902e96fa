package org.dangjian.transfer.workflow;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * What the last approval gives a transfer. Out of the city: the letter of introduction, issued in the name
 * of the approving committee (branches do not issue letters), with a number unique by construction
 * (prefix, year, the transfer's id), a random code for the QR link and the validity period. Within the
 * city (全程无纸化) and into it no letter is printed here: only the period in which the member reports.
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

    /**
     * @param lastStep the chain's last level, whose approval this is; null when no level approves, and the
     *                 organisation department issues the letter
     */
    void issue(Transfer t, LocalDate today, TransferStep lastStep) {
        int months = t.isAcrossProvinces() ? properties.letterValidMonthsAcrossProvinces() : properties.letterValidMonths();
        t.setLetterValidUntil(today.plusMonths(months));
        if (!t.printsLetter()) {
            return;
        }
        if (lastStep != null) {
            t.setLetterIssuerOrgId(lastStep.getOrgId());
            t.setLetterIssuerName(lastStep.getOrgName());
        } else {
            t.setLetterIssuerName(properties.organisationDepartment());
        }
        t.setLetterNumber(String.format("%s%d-%06d", properties.letterNumberPrefix(), today.getYear(), t.getId()));
        t.setLetterCode(code());
        t.setLetterIssuedOn(today);
    }

    private String code() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_CHARS[random.nextInt(CODE_CHARS.length)];
        }
        return new String(code);
    }
}
