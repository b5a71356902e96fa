package org.dangjian.points.appraisal;

import io.swagger.v3.oas.annotations.media.Schema;

/** One year's grade of a member, as their branch recorded it. */
@Schema(name = "MemberAppraisal", description = "党员某一年度的民主评议等次。A member's grade in one year's appraisal.")
public record MemberAppraisalView(int year, long orgId, String orgName, Grade grade, String remark) {
}
