package org.dangjian.member.rules;

import java.time.LocalDate;

/** The minimum age at admission in force on a join date (rule set {@code admission}). */
@FunctionalInterface
public interface MinimumAge {
    int onJoinDate(LocalDate joinDate);
}
