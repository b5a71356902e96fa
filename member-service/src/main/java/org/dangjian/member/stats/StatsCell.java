package org.dangjian.member.stats;

/**
 * How many members of the subtree share one combination of the counted dimensions. {@code childId} is
 * the first path segment under the scanned organisation: empty for its own members.
 */
record StatsCell(String childId, String status, String gender, String education, String ethnicity, Integer ageBand,
                 Integer period, Long count) {
}
