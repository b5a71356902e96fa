package org.dangjian.recruitment.cases;

/**
 * Where a case stands as a whole. The admission approval makes the person a probationary member (ADMITTED) or
 * closes the case (REFUSED); the confirmation approval makes them a full member (CONFIRMED), extends probation
 * (still ADMITTED) or cancels it (CANCELLED, closed). Steps left in the catalogue (filing, archiving) are still
 * recorded on an admitted or confirmed case; a closed one takes none.
 */
public enum CaseStatus {
    OPEN("进行中"),
    ADMITTED("预备期"),
    CONFIRMED("已转正"),
    REFUSED("未被批准接收"),
    CANCELLED("已取消预备党员资格");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether steps may still be recorded: every status but the two that close the case. */
    public boolean takesSteps() {
        return this != REFUSED && this != CANCELLED;
    }

    /** Whether the person is still on their way to full membership (the list of open cases shows them). */
    public boolean inProgress() {
        return this == OPEN || this == ADMITTED;
    }
}
