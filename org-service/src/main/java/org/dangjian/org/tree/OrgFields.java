package org.dangjian.org.tree;

/** Input formats shared by the create and edit requests. */
final class OrgFields {
    /** A mobile number (13812345678) or a landline with area code (0512-57512345), or empty for none. */
    static final String PHONE_OR_EMPTY = "|1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";
    static final String NOT_BLANK = "(?s).*\\S.*";

    private OrgFields() {
    }

    /** Blank optional text means "none". */
    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
