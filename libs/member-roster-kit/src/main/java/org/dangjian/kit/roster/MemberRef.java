package org.dangjian.kit.roster;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * What a service knows of a member, from member-service's events. {@code status} is one word: the standing
 * (PROBATIONARY, FULL) while the member is on the roll, mobile or not; else ARRIVING (registered for a
 * transfer into the city, not arrived), SUSPENDED or LEFT. {@code mobile} (流动党员) is apart from it.
 * {@code occupation} is the code-tables kit's occupation code as member-service sent it, null when not recorded;
 * {@code education} the GB/T 4658 code likewise.
 */
public record MemberRef(long memberId, long orgId, String orgPath, String name, String gender, LocalDate birthDate,
                        LocalDate joinDate, String status, String occupation, boolean mobile, String education) {
    /** Statuses in which a member belongs to a branch: takes part, is scored, can be transferred. */
    private static final Set<String> ACTIVE = Set.of("PROBATIONARY", "FULL", "MOBILE");

    /** As before education was kept: not known. */
    public MemberRef(long memberId, long orgId, String orgPath, String name, String gender, LocalDate birthDate,
                     LocalDate joinDate, String status, String occupation, boolean mobile) {
        this(memberId, orgId, orgPath, name, gender, birthDate, joinDate, status, occupation, mobile, null);
    }

    /** As before occupation and mobility were kept: neither known. */
    public MemberRef(long memberId, long orgId, String orgPath, String name, String gender, LocalDate birthDate,
                     LocalDate joinDate, String status) {
        this(memberId, orgId, orgPath, name, gender, birthDate, joinDate, status, null, false, null);
    }

    public boolean active() {
        return ACTIVE.contains(status);
    }

    /** Registered for a transfer into the city and not arrived: known, not counted, can be transferred in. */
    public boolean arriving() {
        return "ARRIVING".equals(status);
    }

    public boolean probationary() {
        return "PROBATIONARY".equals(status);
    }

    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }
}
