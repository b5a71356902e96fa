package org.dangjian.recruitment.pipeline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What each branch of a subtree did in a year, counted from the steps recorded that year. */
@Schema(name = "RecruitmentThroughput", description = "各党支部年度发展工作量。Per branch, in a year: cases opened (the "
        + "application step), activists designated (the first step of the activist stage), candidates designated (the first "
        + "step of the candidate stage), admissions approved (the admission approval step), by the dates of those steps.")
public record Throughput(long orgId, int year, List<Branch> branches, Branch total) {

    @Schema(name = "RecruitmentBranchThroughput")
    public record Branch(@Schema(description = "党支部；合计行为空。The branch; null on the total.") Long orgId,
                         String orgName, int opened, int activists, int candidates, int admitted) {
    }
}
