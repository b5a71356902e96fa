package org.dangjian.member.birthday;

import java.time.LocalDate;

/** An active member whose admission anniversary falls on the day being greeted. */
record BirthdayCandidate(Long id, Long orgId, String orgPath, String name, LocalDate joinDate, LocalDate fullDate) {
}
