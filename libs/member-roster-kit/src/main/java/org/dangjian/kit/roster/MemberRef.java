package org.dangjian.kit.roster;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/** What a service knows of a member, from member-service's events. */
public record MemberRef(long memberId, long orgId, String orgPath, String name, String gender, LocalDate birthDate,
                        LocalDate joinDate, String status) {
    /** Standings in which a member belongs to a branch: takes part, is scored, can be transferred. */
    private static final Set<String> ACTIVE = Set.of("PROBATIONARY", "FULL", "MOBILE");

    public boolean active() {
        return ACTIVE.contains(status);
    }

    public boolean probationary() {
        return "PROBATIONARY".equals(status);
    }

    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }
}
