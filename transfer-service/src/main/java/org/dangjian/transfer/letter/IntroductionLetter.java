package org.dangjian.transfer.letter;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the paper 中国共产党党员组织关系介绍信 prints, and nothing more: the renderer needs no lookups.
 *
 * @param number        the letter's unique number, given by the caller (e.g. {@code KS2026-000123})
 * @param memberName    the member's name
 * @param gender        {@code MALE}, {@code FEMALE} or {@code null} (then the form leaves it out)
 * @param age           age in years, or {@code null} (then the form leaves it out)
 * @param probationary  预备党员 when true, 正式党员 when false
 * @param fromOrgName   the sending organisation
 * @param toOrgName     the receiving organisation outside the city (letters are printed only for those)
 * @param toAddress     the receiving organisation's address (outside the city), or {@code null}
 * @param issuerName    the organisation that issues and stamps the letter: the committee that approved the
 *                      transfer or the organisation department, never the sending branch
 * @param duesPaidUntil the last month the dues are paid for, or {@code null} (printed as "—")
 * @param issuedOn      the day the letter is issued
 * @param validUntil    the last day the receiving side may accept it
 * @param verifyUrl     what the QR code encodes: where anyone holding the paper can check it is genuine
 * @param reason        the transfer reason's label (组织关系转接原因; for 其他 the note that says it), or {@code null}
 */
public record IntroductionLetter(
        String number,
        String memberName,
        String gender,
        Integer age,
        boolean probationary,
        String fromOrgName,
        String toOrgName,
        String toAddress,
        String issuerName,
        YearMonth duesPaidUntil,
        LocalDate issuedOn,
        LocalDate validUntil,
        String verifyUrl,
        String reason) {

    public IntroductionLetter {
        // A letter missing any of these would be refused by the receiving side: fail at the caller, not on paper.
        requireText(number, "number");
        requireText(memberName, "memberName");
        requireText(fromOrgName, "fromOrgName");
        requireText(toOrgName, "toOrgName");
        requireText(issuerName, "issuerName");
        requireText(verifyUrl, "verifyUrl");
        if (issuedOn == null || validUntil == null) {
            throw new IllegalArgumentException("issuedOn and validUntil are required");
        }
        if (validUntil.isBefore(issuedOn)) {
            throw new IllegalArgumentException("validUntil " + validUntil + " is before issuedOn " + issuedOn);
        }
        if (gender != null && !gender.equals("MALE") && !gender.equals("FEMALE")) {
            throw new IllegalArgumentException("gender must be MALE, FEMALE or null, was " + gender);
        }
        if (age != null && age < 0) {
            throw new IllegalArgumentException("age must not be negative, was " + age);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
