package org.dangjian.contracts;

/**
 * How a person anonymised after their retention period is named, in every service that kept their name (an applicant
 * never admitted, a former member): one wording, so that a list that mixes services reads the same.
 */
public final class Anonymised {
    public static final String NAME = "（已匿名）";

    private Anonymised() {
    }
}
