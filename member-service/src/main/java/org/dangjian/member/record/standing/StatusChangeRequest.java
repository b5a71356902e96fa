package org.dangjian.member.record.standing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.dangjian.member.record.MemberStatus;

/**
 * A change of standing as of {@code date} (today when absent), with a short reason code or note. Going
 * MOBILE needs at least the city the member went to.
 */
@Schema(description = "党员状态变更为 status；转为流动党员（MOBILE）须填 mobileCity。A change of a member's standing to `status`; MOBILE needs mobileCity.")
public record StatusChangeRequest(
        @NotNull MemberStatus status,
        @Schema(description = "生效日期，缺省为今天，不能早于入党日期。Effective date; today when absent, not before joinDate.", example = "2026-01-10")
        @PastOrPresent LocalDate date,
        @Schema(description = "原因代码或简短说明。A short reason code or note.", example = "按期转正")
        @Size(max = 32) String reason,
        @Schema(description = "所读取记录的版本号。The version of the record as read.", example = "3") @NotNull Integer version,
        @Schema(description = "流入地（城市），转为流动党员时必填。The city, required when becoming MOBILE.", example = "上海市")
        @Size(max = 50) String mobileCity,
        @Schema(description = "流入地单位。The work unit there.", example = "上海华谊集团有限公司")
        @Size(max = 100) String mobileUnit,
        @Schema(description = "流入地联系方式。How to reach the member there.", example = "13912345678")
        @Size(max = 50) String mobileContact) {
}
