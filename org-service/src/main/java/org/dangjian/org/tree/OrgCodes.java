package org.dangjian.org.tree;

import java.util.Optional;
import java.util.regex.Pattern;
import org.dangjian.kit.codes.Regions;

/**
 * The one format of organisation codes (组织编码): the GB/T 2260 code of the division the organisation sits in
 * (six digits, a known division; Kunshan is 320583), then one to six segments of one to twelve upper-case letters
 * or digits, each after a hyphen, at most 64 characters in all. The segments are the organisation's place under its
 * parent, e.g. {@code 320583-ZS} 周市镇党委, {@code 320583-ZS-V001} a village general branch under it,
 * {@code 320583-ZS-V001-2} its second branch. Codes are unique city-wide; imports refer to parents by them.
 */
public final class OrgCodes {
    /** For {@code @Pattern}: the shape; {@link #refusal} also checks that the region code exists. */
    public static final String FORMAT = "\\d{6}(-[A-Z0-9]{1,12}){1,6}";
    public static final int MAX_LENGTH = 64;
    public static final String EXAMPLE = "320583-ZS-V001-2";
    private static final Pattern SHAPE = Pattern.compile(FORMAT);

    private OrgCodes() {
    }

    /** The problem code of a code that breaks the format, or empty for a good one. */
    public static Optional<String> refusal(String code) {
        if (code == null || code.length() > MAX_LENGTH || !SHAPE.matcher(code).matches()) {
            return Optional.of("ORG_CODE_FORMAT");
        }
        if (!Regions.isValid(code.substring(0, 6))) {
            return Optional.of("ORG_CODE_REGION_UNKNOWN");
        }
        return Optional.empty();
    }
}
