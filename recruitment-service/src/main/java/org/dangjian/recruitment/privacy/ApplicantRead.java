package org.dangjian.recruitment.privacy;

/** A read of an applicant's clear ID or phone number, as kept in privacy-kit's audit (subject: the case id). */
public enum ApplicantRead {
    /** One case's person unmasked. */
    UNMASK_APPLICANT
}
