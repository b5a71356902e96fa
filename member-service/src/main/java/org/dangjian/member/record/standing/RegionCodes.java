package org.dangjian.member.record.standing;

import java.util.Set;

/**
 * GB/T 2260 administrative division codes, checked by shape for now: six digits whose first two are a
 * province-level division. The code-tables kit (issue 18 item 18, another helper) will check the whole code.
 */
public final class RegionCodes {
    /** The province-level divisions of GB/T 2260 (incl. 71 Taiwan, 81 Hong Kong, 82 Macao). */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
            "62", "63", "64", "65", "71", "81", "82");

    private RegionCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && code.matches("\\d{6}") && PROVINCES.contains(code.substring(0, 2));
    }
}
