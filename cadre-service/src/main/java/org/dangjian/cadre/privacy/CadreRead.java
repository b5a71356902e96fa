package org.dangjian.cadre.privacy;

/** A read of a non-member cadre's clear ID or phone number, as kept in privacy-kit's audit (subject: the cadre id). */
public enum CadreRead {
    /** One cadre's numbers unmasked. */
    UNMASK_CADRE
}
