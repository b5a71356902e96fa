package org.dangjian.recruitment.catalogue;

/** A branch general meeting's vote on one person: admission as probationary member, or full membership. */
public enum VoteKind {
    ADMISSION("接收预备党员"),
    CONFIRMATION("预备党员转正");

    private final String label;

    VoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
