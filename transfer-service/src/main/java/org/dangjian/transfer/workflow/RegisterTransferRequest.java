package org.dangjian.transfer.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A branch registers a transfer. Within the city {@code toOrgId} names the receiving branch; out of the
 * city {@code externalOrg} (and its address) names the receiving organisation; into the city
 * {@code externalOrg} names where the member comes from and the member's own branch receives them.
 * {@code duesPaidUntil} is printed in the letter; {@code acrossProvinces} lengthens its validity.
 */
public record RegisterTransferRequest(
        @NotNull Long memberId,
        @NotNull TransferKind kind,
        Long toOrgId,
        @Size(max = 200) String externalOrg,
        @Size(max = 200) String externalAddress,
        Boolean acrossProvinces,
        @NotBlank @Size(max = 500) String reason,
        @NotNull LocalDate plannedDate,
        YearMonth duesPaidUntil) {

    public RegisterTransferRequest {
        externalOrg = externalOrg == null || externalOrg.isBlank() ? null : externalOrg.strip();
        externalAddress = externalAddress == null || externalAddress.isBlank() ? null : externalAddress.strip();
        reason = reason == null ? null : reason.strip();
    }
}
