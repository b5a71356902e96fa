package org.dangjian.member.record;

public enum Gender {
    MALE("男"), FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** The Chinese label, as the portal and the API document show it. */
    public String label() {
        return label;
    }
}
