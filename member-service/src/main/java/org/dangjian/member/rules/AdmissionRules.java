package org.dangjian.member.rules;

import io.swagger.v3.oas.annotations.media.Schema;

/** The rule set {@code admission}: the minimum age at admission (入党年龄), in whole years at the join date. */
@Schema(name = "AdmissionRules", description = "入党条件：入党时须年满的周岁数。The rule set `admission`: the minimum age at "
        + "admission, in whole years at the join date.")
public record AdmissionRules(@Schema(description = "入党时须年满的周岁数。The minimum age at the join date.", example = "18")
                             Integer minimumAge) {
    /** 党章第一条: 年满十八岁. */
    static final int NATIONAL_MINIMUM_AGE = 18;

    public static AdmissionRules national() {
        return new AdmissionRules(NATIONAL_MINIMUM_AGE);
    }
}
