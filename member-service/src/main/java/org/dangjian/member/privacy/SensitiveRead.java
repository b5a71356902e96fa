package org.dangjian.member.privacy;

/** A read of clear ID or phone numbers, as kept in the audit: what was read, about whom, and whether it was allowed. */
public enum SensitiveRead {
    /** One member's record unmasked. */
    UNMASK,
    /** A subtree exported with clear numbers. */
    EXPORT_UNMASKED,
    /** Another service read members' contacts (clear phones); the actor is {@code service:<name>}, one row per id. */
    SERVICE_CONTACT_LOOKUP
}
