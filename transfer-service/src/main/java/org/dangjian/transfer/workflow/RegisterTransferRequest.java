package org.dangjian.transfer.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A branch registers a transfer. Within the city {@code toOrgId} names the receiving branch; out of the
 * city {@code externalOrg} (and its address) names the receiving organisation; into the city
 * {@code externalOrg} names where the member comes from and the member's own branch receives them.
 * {@code duesPaidUntil} replaces points-service's record of the member's dues, with
 * {@code duesOverrideReason}. Out of and into the city the outside organisation's place is a GB/T 2260 region code
 * plus the street detail; whether the transfer crosses provinces follows from that code, no client says it. Into
 * the city the outside organisation's letter is recorded (number, date, issuer) instead of printing one here.
 */
@Schema(description = "登记一笔组织关系转接。市内转接填 toOrgId；转出本市填 externalOrg、externalRegion（及 externalAddress）；"
        + "转入本市填 externalOrg（转出地组织）和 externalRegion，由党员所在支部接收。是否跨省由行政区划代码判定，不再填写"
        + "（旧字段 acrossProvinces 即使传入也被忽略）。Registering a transfer: IN_CITY names toOrgId; OUT_OF_CITY names"
        + " externalOrg, externalRegion (and externalAddress); INTO_CITY names externalOrg (where the member comes from) and"
        + " externalRegion, and the member's own branch receives them. Whether the transfer crosses provinces is derived"
        + " from the region code: the former field acrossProvinces is ignored if sent.")
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
        @Schema(description = "市外组织所在地的行政区划代码（GB/T 2260，6 位，如 310115 上海市浦东新区），转出、转入本市必填；"
                + "与本市代码比较得出是否跨省。The GB/T 2260 code of where the organisation outside the city is (6 digits,"
                + " e.g. 310115); required for OUT_OF_CITY and INTO_CITY; across provinces is derived from it.",
                example = "310115", pattern = "^[0-9]{6}$")
        String externalRegion,
        @Schema(description = "市外组织的详细地址（行政区划以下的街道门牌），与行政区划名称一起印在介绍信上。The street"
                + " detail below the region, printed in the letter after the region's names.", example = "张江路 100 号")
        @Size(max = 200) String externalAddress,
        @Schema(description = "转接原因代码（组织关系转接原因代码表，如 01 工作调动、07 迁居、99 其他）。The reason, a code"
                + " of the table 组织关系转接原因 (e.g. 01 工作调动, 07 迁居, 99 其他).", example = "01")
        @NotBlank @Size(max = 4) String reasonCode,
        @Schema(description = "原因补充说明；原因为 99 其他时必填。A note on the reason; required for 99 其他.",
                example = "调至昆山市玉山镇人民政府")
        @Size(max = 500) String reasonNote,
        @Schema(description = "计划转接日期。The planned date of the move.", example = "2026-05-15")
        @NotNull LocalDate plannedDate,
        @Schema(description = "党费交至哪个月：默认取党费交纳记录，不填即可；与记录不同时须填写更正理由。The month up to"
                + " which dues are paid: points-service's record by default, leave it out; a different month needs"
                + " duesOverrideReason.", type = "string", pattern = "^[0-9]{4}-[0-9]{2}$", example = "2026-04")
        YearMonth duesPaidUntil,
        @Schema(description = "更正党费月份的理由（与党费交纳记录不同时必填）。Why duesPaidUntil differs from points-service's"
                + " record; required then.", example = "党员已在原单位交纳至该月，收据已核对")
        @Size(max = 200) String duesOverrideReason,
        @Schema(description = "转入本市：转出地党组织开具的介绍信编号。INTO_CITY: the number of the outside organisation's"
                + " letter.", example = "宁玄组转〔2026〕123号")
        @Size(max = 64) String outsideLetterNumber,
        @Schema(description = "转入本市：该介绍信的开具日期。INTO_CITY: the date of that letter.", example = "2026-04-20")
        @PastOrPresent LocalDate outsideLetterDate,
        @Schema(description = "转入本市：开具该介绍信的党组织。INTO_CITY: who issued that letter.",
                example = "中共南京市玄武区委组织部")
        @Size(max = 200) String outsideLetterIssuer) {

    public RegisterTransferRequest {
        externalOrg = blankToNull(externalOrg);
        externalRegion = blankToNull(externalRegion);
        externalAddress = blankToNull(externalAddress);
        reasonCode = blankToNull(reasonCode);
        reasonNote = blankToNull(reasonNote);
        duesOverrideReason = blankToNull(duesOverrideReason);
        outsideLetterNumber = blankToNull(outsideLetterNumber);
        outsideLetterIssuer = blankToNull(outsideLetterIssuer);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
