package org.dangjian.member.stats;

import java.util.List;

/**
 * The statistics of a subtree. {@code total} counts every record (left and deceased members included);
 * status shares are of that total. Every other breakdown counts active members (probationary, full,
 * mobile) and its shares are of {@code active}. Counts are ints, so JSON numbers.
 */
public record MemberStatsView(long orgId, String orgName, int total, int active, List<StatsBucket> byStatus,
                              List<StatsBucket> byGender, List<StatsBucket> byAgeBand, List<StatsBucket> byEducation,
                              List<StatsBucket> byEthnicity, List<StatsBucket> byAdmissionPeriod,
                              List<StatsBucket> byChildOrg) {
}
