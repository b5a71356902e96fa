package org.dangjian.member.stats;

/**
 * {@code count} members of the subtree with the same values of every counted dimension (the scan
 * hands over one member at a time). {@code childId} is the first path segment under the scanned
 * organisation, null for its own members; bands are indexes into {@link AgeBands} and
 * {@link AdmissionPeriods}.
 */
record StatsCell(Long childId, String status, String gender, String education, String ethnicity, int ageBand,
                 int period, long count) {
}
