package org.dangjian.transfer.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "登记一笔组织关系转接。市内转接填 toOrgId；转出本市填 externalOrg 和 externalAddress；"
        + "转入本市填 externalOrg（转出地组织），由党员所在支部接收。Registering a transfer: IN_CITY names toOrgId;"
        + " OUT_OF_CITY names externalOrg and externalAddress; INTO_CITY names externalOrg (where the member comes from)"
        + " and the member's own branch receives them.")
public record RegisterTransferRequest(
        @Schema(description = "转接的党员。The member who moves.", example = "1893456789012345678")
        @NotNull Long memberId,
        @NotNull TransferKind kind,
        @Schema(description = "接收党支部，仅市内转接填写（转入本市时可不填或填党员所在支部）。The receiving branch: for"
                + " IN_CITY only (for INTO_CITY absent or the member's own branch).", example = "1893456789012345999")
        Long toOrgId,
        @Schema(description = "市外组织：转出本市时为接收组织，转入本市时为转出组织。The organisation outside the city:"
                + " the receiving one for OUT_OF_CITY, the sending one for INTO_CITY.",
                example = "中共上海市浦东新区张江镇委员会")
        @Size(max = 200) String externalOrg,
        @Schema(description = "市外接收组织的地址，印在介绍信上。The address of the receiving organisation outside the"
                + " city, printed in the letter.", example = "上海市浦东新区张江路 100 号")
        @Size(max = 200) String externalAddress,
        @Schema(description = "是否跨省转接；跨省时介绍信有效期更长。Whether the transfer crosses provinces, which"
                + " lengthens the letter's validity.", example = "false")
        Boolean acrossProvinces,
        @Schema(description = "转接原因。Why the member moves.", example = "工作调动至昆山市玉山镇人民政府")
        @NotBlank @Size(max = 500) String reason,
        @Schema(description = "计划转接日期。The planned date of the move.", example = "2026-05-15")
        @NotNull LocalDate plannedDate,
        @Schema(description = "党费交至哪个月，印在介绍信上。The month up to which dues are paid, printed in the"
                + " letter.", type = "string", pattern = "^[0-9]{4}-[0-9]{2}$", example = "2026-04")
        YearMonth duesPaidUntil) {

    public RegisterTransferRequest {
        externalOrg = externalOrg == null || externalOrg.isBlank() ? null : externalOrg.strip();
        externalAddress = externalAddress == null || externalAddress.isBlank() ? null : externalAddress.strip();
        reason = reason == null ? null : reason.strip();
    }
}
