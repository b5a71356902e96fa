package org.dangjian.recruitment.application;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A written application as the branch received it: who applies, to which branch, on which date. */
@Schema(name = "OpenRecruitmentCaseRequest", description = "登记入党申请：申请人信息、所在党支部和递交申请书的日期。A written "
        + "application: the applicant, the branch, the date it was handed in.")
public record OpenCaseRequest(
        @Schema(description = "姓名。Name.", example = "张晓明") @NotBlank @Size(max = 50) String name,
        @Schema(description = "性别：GB/T 2261.1 代码（1 男，2 女），须与身份证号一致。Gender, GB/T 2261.1 code (1 male, 2 "
                + "female), as the ID number says.", example = "1") @NotBlank @Size(max = 1) String gender,
        @Schema(description = "身份证号（GB 11643，校验码核验；出生日期取自其中）。The ID number (GB 11643, check digit "
                + "verified; the birth date is read from it).", example = "320583200001011234") @NotBlank @Size(max = 18)
        String idNumber,
        @Schema(description = "手机号。Mobile phone.", example = "13812345678") @NotBlank @Size(max = 11) String phone,
        @Schema(description = "工作单位。Work unit.", example = "昆山市玉山镇城北社区居委会") @Size(max = 100) String workUnit,
        @Schema(description = "学历：GB/T 4658 代码。Education, a GB/T 4658 code.", example = "21") @NotBlank @Size(max = 4)
        String education,
        @Schema(description = "递交入党申请书的日期，不晚于今天。Date of the written application, not after today.")
        @NotNull LocalDate applicationDate,
        @Schema(description = "申请人所在的党支部。The branch the person applies to.") @NotNull Long orgId,
        @Schema(description = "民族：GB 3304 代码（接收为预备党员时党员档案需要）。Ethnicity, a GB 3304 code (the member's "
                + "record needs it at admission).", example = "01") @NotBlank @Size(max = 2) String ethnicity) {

    /** An application without the ethnicity, for callers written before it was asked (it is then refused as missing). */
    public OpenCaseRequest(String name, String gender, String idNumber, String phone, String workUnit, String education,
                           LocalDate applicationDate, Long orgId) {
        this(name, gender, idNumber, phone, workUnit, education, applicationDate, orgId, null);
    }
}
