package org.dangjian.transfer.letter;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.dangjian.transfer.workflow.TransferStatus;

/**
 * What anyone holding a letter may learn by scanning it: that it is genuine, whether it can still be
 * accepted, and who it is for with the name masked (the paper shows the rest).
 */
public record LetterVerification(
        @Schema(description = "介绍信编号。The letter's number.") String number,
        @Schema(description = "党员姓名（已遮蔽）。The member's name, masked.", example = "张*") String memberName,
        @Schema(description = "转出组织。The sending organisation.") String fromOrgName,
        @Schema(description = "接收组织。The receiving organisation.") String toOrgName,
        @Schema(description = "开具日期。Issued on.") LocalDate issuedOn,
        @Schema(description = "有效期至（含当天）。Valid until, inclusive.") LocalDate validUntil,
        TransferStatus transferStatus,
        @Schema(description = "现在能否凭此信办理报到。Whether the letter can be accepted now.") boolean acceptable) {
}
