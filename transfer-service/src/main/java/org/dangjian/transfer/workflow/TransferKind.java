package org.dangjian.transfer.workflow;

/** Where the member goes: the names are those of {@code transfer.completed}'s {@code kind}. */
public enum TransferKind {
    /** From one branch of the city to another. */
    IN_CITY,
    /** To an organisation outside the city, named with its address. */
    OUT_OF_CITY,
    /** From outside into a branch of the city, which registered the member beforehand. */
    INTO_CITY;

    /** The side that registers and may cancel: the sending branch, or the receiving one for arrivals. */
    boolean registeredByReceiver() {
        return this == INTO_CITY;
    }
}
