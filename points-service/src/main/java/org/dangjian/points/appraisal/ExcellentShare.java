package org.dangjian.points.appraisal;

/**
 * How many of the members appraised may be graded excellent (优秀): at most a share of them, one third
 * nationally (DOMAIN.md, "Organisational life"). Rounded down: 10 appraised allow 3, 2 allow none.
 */
record ExcellentShare(int numerator, int denominator) {
    static final ExcellentShare ONE_THIRD = new ExcellentShare(1, 3);

    ExcellentShare {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share is between 0 and 1: " + numerator + "/" + denominator);
        }
    }

    int mostExcellentOf(int appraised) {
        return appraised * numerator / denominator;
    }

    boolean allows(int excellent, int appraised) {
        return excellent <= mostExcellentOf(appraised);
    }
}
