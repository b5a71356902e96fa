package org.dangjian.recruitment.change;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a change request is not approved: the requester is told. */
@Schema(name = "RecruitmentStepChangeRefusal", description = "不予批准修改申请的理由。Why a change request is refused.")
public record RefuseChangeRequest(@Schema(example = "原记录与会议纪要一致，无需修改") @NotBlank @Size(max = 500) String reason) {
}
