package org.dangjian.transfer.letter;

import java.time.LocalDate;

/**
 * What anyone holding a letter may learn by scanning it: that it is genuine, whether it can still be
 * accepted, and who it is for with the name masked (the paper shows the rest).
 */
public record LetterVerification(String number, String memberName, String fromOrgName, String toOrgName,
                                 LocalDate issuedOn, LocalDate validUntil, String transferStatus, boolean acceptable) {
}
