package org.dangjian.recruitment.rules;

import io.swagger.v3.oas.annotations.media.Schema;

/** The rule set {@code admission}: the minimum age of an applicant, in whole years on the application date. */
@Schema(name = "AdmissionRules", description = "申请入党条件：递交入党申请书时须年满的周岁数。The rule set `admission`: the "
        + "minimum age of an applicant, in whole years on the date of the written application.")
public record AdmissionRules(@Schema(description = "递交申请书时须年满的周岁数。The minimum age on the application date.",
        example = "18") Integer minimumAge) {
    /** 党章第一条: 年满十八岁. */
    static final int NATIONAL_MINIMUM_AGE = 18;

    public static AdmissionRules national() {
        return new AdmissionRules(NATIONAL_MINIMUM_AGE);
    }
}
