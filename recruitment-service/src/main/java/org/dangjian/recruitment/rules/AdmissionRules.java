package org.dangjian.recruitment.rules;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The rule set {@code admission}: the minimum age of an applicant, in whole years on the application date, and
 * the pass mark of the development exams recorded on paper (out of 100). The pass mark is local practice (the
 * unified e-exam is Kunshan's, not a national rule): 60 by default; a rule set stored before it existed has none
 * and means the default.
 */
@Schema(name = "AdmissionRules", description = "申请入党条件：递交入党申请书时须年满的周岁数；纸质考试的及格分（满分100，地方做法，"
        + "默认60）。The rule set `admission`: the minimum age of an applicant, in whole years on the date of the written "
        + "application; the pass mark of paper exams (out of 100; local practice, 60 by default).")
public record AdmissionRules(@Schema(description = "递交申请书时须年满的周岁数。The minimum age on the application date.",
        example = "18") Integer minimumAge,
                             @Schema(description = "纸质考试及格分（满分100）；不填为60。The pass mark of paper exams, out of "
                                     + "100; 60 when not given.", example = "60") Integer examPassMark) {
    /** 党章第一条: 年满十八岁. */
    static final int NATIONAL_MINIMUM_AGE = 18;
    /** Local practice: the platform's default, not a national rule. */
    static final int DEFAULT_EXAM_PASS_MARK = 60;

    public static AdmissionRules national() {
        return new AdmissionRules(NATIONAL_MINIMUM_AGE, DEFAULT_EXAM_PASS_MARK);
    }

    /** The pass mark in force: the rule set's, or the default when it was stored without one. */
    public int passMark() {
        return examPassMark == null ? DEFAULT_EXAM_PASS_MARK : examPassMark;
    }
}
