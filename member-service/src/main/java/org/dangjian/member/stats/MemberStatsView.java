package org.dangjian.member.stats;

import java.util.List;

/**
 * The statistics of a subtree. {@code total} counts every record (left members and members arriving by
 * transfer included); {@code byState} shares are of that total. Every other breakdown counts active
 * members (on the roll, mobile or not) and its shares are of {@code active}; standing (正式/预备) and
 * mobility (流动党员) are counted apart, so a mobile member counts in both. Counts are ints, so JSON numbers.
 */
public record MemberStatsView(long orgId, String orgName, int total, int active, List<StatsBucket> byState,
                              List<StatsBucket> byStanding, List<StatsBucket> byMobility,
                              List<StatsBucket> byGender, List<StatsBucket> byAgeBand, List<StatsBucket> byEducation,
                              List<StatsBucket> byEthnicity, List<StatsBucket> byAdmissionPeriod,
                              List<StatsBucket> byChildOrg) {
}
