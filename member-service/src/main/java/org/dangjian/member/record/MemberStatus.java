package org.dangjian.member.record;

/** Party standing; applicant stages belong to recruitment-service. */
public enum MemberStatus {
    PROBATIONARY, FULL
}
