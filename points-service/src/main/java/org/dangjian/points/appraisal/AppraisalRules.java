package org.dangjian.points.appraisal;

/** The appraisal's rules as data (rule set {@code appraisal}): at most this share of those appraised excellent. */
public record AppraisalRules(Share excellentAtMost) {

    /** A fraction, e.g. 1/3. */
    public record Share(int numerator, int denominator) {
    }

    /** DOMAIN.md, "Organisational life": grades 优秀/合格/基本合格/不合格, excellent at most one third. */
    public static AppraisalRules national() {
        return new AppraisalRules(new Share(1, 3));
    }

    ExcellentShare excellentShare() {
        return new ExcellentShare(excellentAtMost.numerator(), excellentAtMost.denominator());
    }
}
