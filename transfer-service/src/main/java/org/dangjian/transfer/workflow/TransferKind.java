package org.dangjian.transfer.workflow;

/** Where the member goes: the names are those of {@code transfer.completed}'s {@code kind}. */
public enum TransferKind {
    /** From one branch of the city to another. */
    IN_CITY("市内转接"),
    /** To an organisation outside the city, named with its address. */
    OUT_OF_CITY("转出本市"),
    /** From outside into a branch of the city, which registered the member beforehand. */
    INTO_CITY("转入本市");

    private final String label;

    TransferKind(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }

    /** The side that registers and may cancel: the sending branch, or the receiving one for arrivals. */
    boolean registeredByReceiver() {
        return this == INTO_CITY;
    }
}
