package org.dangjian.cadre.profile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.cadre.appointment.AppointmentView;
import org.dangjian.cadre.reserve.ReserveView;

/** A cadre with posts and reserve entries, as administrators see them. */
@Schema(name = "Cadre", description = "干部信息：本人情况（党员取自党员档案）、任职和后备情况。A cadre: the person (a member's "
        + "details from the member record), posts held and held before, reserve entries.")
public record CadreView(
        @Schema(description = "干部编号。The cadre id.") long id,
        @Schema(description = "党员编号（非党员为空）。The member, empty for a cadre who is not a member.") Long memberId,
        @Schema(description = "姓名。Name.") String name,
        @Schema(description = "性别：MALE 男，FEMALE 女。Sex.") String gender,
        @Schema(description = "出生日期。Date of birth.") LocalDate birthDate,
        @Schema(description = "年龄（周岁）。Age in years today.") Integer age,
        @Schema(description = "学历代码（GB/T 4658）。Education code.") String education,
        @Schema(description = "学历。Education as its label.") String educationLabel,
        @Schema(description = "身份证号码（脱敏；非党员干部，党员的在党员档案中）。ID number, masked: a non-member's (a "
                + "member's is in the member record).", example = "3205**********1234") String idNumberMasked,
        @Schema(description = "手机号码（脱敏；非党员干部）。Mobile number, masked: a non-member's.", example = "139****5678")
        String phoneMasked,
        @Schema(description = "登记所在组织。The organisation the record is kept under.") long orgId,
        @Schema(description = "组织名称。Its name.") String orgName,
        @Schema(description = "任职记录：在任的在前，其余按任职日期由近及远。Posts: those held first, then the latest.")
        List<AppointmentView> appointments,
        @Schema(description = "后备记录：仍在名单的在前。Reserve entries: current ones first.") List<ReserveView> reserves) {
}
