package org.dangjian.member.stats;

/**
 * One member as the scan counts them, every dimension an index: {@code childId} is the first path
 * segment under the scanned organisation (null for its own members); {@code state}, {@code standing} and
 * {@code gender} are enum ordinals; {@code educationLevel} is the GB/T 4658 level digit (2 for 20-29, 大学本科;
 * 0 when not recorded); {@code ethnicity} is the GB 3304 number; bands index {@link AgeBands} and
 * {@link AdmissionPeriods}.
 */
record CountedMember(Long childId, int state, int standing, boolean mobile, int gender, int educationLevel, int ethnicity, int ageBand, int period) {
}
