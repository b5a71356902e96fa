package org.dangjian.recruitment.catalogue;

/** Full members of the platform a step names for the person. */
public enum PeopleKind {
    TRAINING_CONTACT("培养联系人"),
    INTRODUCER("入党介绍人");

    private final String label;

    PeopleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
