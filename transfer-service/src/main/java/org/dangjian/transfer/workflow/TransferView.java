package org.dangjian.transfer.workflow;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.kit.codes.Regions;
import org.dangjian.transfer.codes.TransferReasons;
import org.dangjian.transfer.workflow.TransferHistoryMapper.HistoryEntry;

/** A transfer as clients see it: where it stands, its chain in order and, for one transfer, its trail. */
public record TransferView(
        long id, long memberId, String memberName, TransferKind kind, TransferStatus status,
        @Schema(description = "转出组织；转入本市时为空。The sending organisation; none for INTO_CITY.") Long fromOrgId,
        String fromOrgName,
        @Schema(description = "接收组织；转出本市时为空。The receiving organisation; none for OUT_OF_CITY.") Long toOrgId,
        String toOrgName,
        @Schema(description = "市外组织（接收方或转出方）。The organisation outside the city, receiving or sending.")
        String externalOrg,
        @Schema(description = "市外组织所在的行政区划（GB/T 2260）；市内转接及未能识别的旧记录为空。The GB/T 2260 region"
                + " of the organisation outside the city; absent within the city and for old rows whose address did not"
                + " resolve.") ExternalRegion externalRegion,
        @Schema(description = "行政区划以下的详细地址（未能识别行政区划的旧记录为原地址全文）。The street detail below the"
                + " region (for old rows without a region, the address as typed).") String externalAddress,
        @Schema(description = "是否跨省，由市外行政区划代码与本市代码比较得出。Whether the transfer crosses provinces,"
                + " derived from the outside region's code against the city's.") boolean acrossProvinces,
        @Schema(description = "转接原因（代码及名称）。The reason: its code and label.") Reason reason,
        @Schema(description = "原因补充说明；旧记录的原因原文保存在此。A note on the reason; the wording of old rows is kept"
                + " here.") String reasonNote,
        LocalDate plannedDate,
        @Schema(description = "党费交至的月份（yyyy-MM），取自党费交纳记录，经办人更正时为更正后的月份。The month up to which"
                + " dues are paid (yyyy-MM): points-service's record, or the month the registering administrator typed"
                + " instead.", example = "2026-04")
        String duesPaidUntil,
        @Schema(description = "经办人更正党费月份的理由；取自党费交纳记录时为空。Why the administrator's month replaces"
                + " points-service's record; absent when the record is used.") String duesOverrideReason,
        @Schema(description = "报到期限（含当天）：审批通过后党员须在此日前到接收党组织报到。The last day the member may"
                + " report, once approved.") LocalDate reportBy,
        @Schema(description = "介绍信，仅转出本市时开具；市内转接全程无纸化。The letter of introduction, issued only for"
                + " OUT_OF_CITY; transfers within the city are paperless.") Letter letter,
        @Schema(description = "转入本市时转出地党组织开具的介绍信。INTO_CITY: the letter the outside organisation issued.")
        OutsideLetter outsideLetter,
        @Schema(description = "退回或撤销的理由。The reason given on rejection or cancellation.") String outcomeComment,
        Instant registeredAt,
        @Schema(description = "结束时间（报到、退回、撤销或过期）。When the transfer ended.") Instant closedAt,
        @Schema(description = "版本号，审批时可回传以防并发修改。The version; send it back with a decision to detect"
                + " concurrent changes.") int version,
        @Schema(description = "审批链，按级次排列。The approval chain in order.") List<Step> steps,
        @Schema(description = "办理记录，仅在查看单笔转接时返回。The trail; only when reading one transfer.")
        List<HistoryEntry> history) {

    /** One level of the approval chain. */
    public record Step(
            @Schema(description = "审批级次，从 1 开始。The level, from 1.") int seq,
            @Schema(description = "审批组织。The approving organisation.") long orgId, String orgName,
            StepStatus status,
            @Schema(description = "办理期限（工作日计）。Due date, counted in working days.") LocalDate dueDate,
            @Schema(description = "审批人账号。The deciding account.") Long decidedById,
            @Schema(description = "审批人用户名。The deciding account's username.") String decidedBy,
            Instant decidedAt, String comment) {
        static Step of(TransferStep s) {
            return new Step(s.getSeq(), s.getOrgId(), s.getOrgName(), s.getStatus(), s.getDueDate(), s.getDecidedBy(),
                    s.getDecidedByName(), s.getDecidedAt(), s.getComment());
        }
    }

    /** A code of 组织关系转接原因 with its label. */
    @Schema(name = "TransferReason", description = "转接原因。A coded transfer reason.")
    public record Reason(@Schema(example = "01") String code, @Schema(example = "工作调动") String label) {
        static Reason of(String code) {
            return code == null ? null : new Reason(code, TransferReasons.label(code));
        }
    }

    /** A GB/T 2260 division with its names from the province down. */
    @Schema(name = "ExternalRegion", description = "行政区划（GB/T 2260）。A GB/T 2260 division.")
    public record ExternalRegion(@Schema(example = "310115") String code,
                                 @Schema(description = "自省级起的名称。Its names from the province down.",
                                         example = "上海市 浦东新区") String name) {
        static ExternalRegion of(String code) {
            return code == null ? null : new ExternalRegion(code, Regions.namePath(code).orElse(code));
        }
    }

    /** The letter of introduction, once the last level approved. */
    public record Letter(@Schema(description = "介绍信编号。The letter's number.") String number, LocalDate issuedOn,
                         @Schema(description = "有效期至（含当天）。Valid until, inclusive.") LocalDate validUntil,
                         @Schema(description = "开具并盖章的党组织（审批链中批准转接的党委，或组织部）。The organisation that"
                                 + " issues and stamps the letter: the approving committee, or the organisation department.")
                         String issuedBy) {
    }

    /** Into the city: the outside organisation's letter as the receiving branch recorded it. */
    public record OutsideLetter(@Schema(description = "介绍信编号。Its number.") String number,
                                @Schema(description = "开具日期。Its date.") LocalDate date,
                                @Schema(description = "开具的党组织。Who issued it.") String issuer,
                                @Schema(description = "扫描件地址；未上传时为空。Where to read its scan; absent until"
                                        + " uploaded.") String scanUrl) {
    }

    public static TransferView of(Transfer t, List<TransferStep> steps, List<HistoryEntry> history) {
        Letter letter = t.getLetterNumber() == null ? null
                : new Letter(t.getLetterNumber(), t.getLetterIssuedOn(), t.getLetterValidUntil(), t.getLetterIssuerName());
        OutsideLetter outside = t.getOutsideLetterNumber() == null ? null
                : new OutsideLetter(t.getOutsideLetterNumber(), t.getOutsideLetterDate(), t.getOutsideLetterIssuer(),
                        t.getOutsideLetterScanKey() == null ? null : "/api/transfers/" + t.getId() + "/outside-letter/scan");
        return new TransferView(t.getId(), t.getMemberId(), t.getMemberName(), t.getKind(), t.getStatus(),
                t.getFromOrgId(), t.getFromOrgName(), t.getToOrgId(), t.getToOrgName(), t.getExternalOrg(),
                ExternalRegion.of(t.getExternalRegion()), t.getExternalAddress(), t.isAcrossProvinces(),
                Reason.of(t.getReasonCode()), t.getReasonNote(), t.getPlannedDate(), t.getDuesPaidUntil(),
                t.getDuesOverrideReason(), t.getLetterValidUntil(), letter, outside, t.getOutcomeComment(),
                t.getRegisteredAt(), t.getClosedAt(), t.getVersion(),
                steps.stream().map(Step::of).toList(), history);
    }
}
