package org.dangjian.member.stats;

/**
 * One member as the scan counts them, every dimension an index: {@code childId} is the first path
 * segment under the scanned organisation (null for its own members); {@code state}, {@code standing},
 * {@code gender} and {@code education} are enum ordinals (education -1 when not recorded); {@code ethnicity} is the
 * GB 3304 number; bands index {@link AgeBands} and {@link AdmissionPeriods}.
 */
record CountedMember(Long childId, int state, int standing, boolean mobile, int gender, int education, int ethnicity, int ageBand, int period) {
}
