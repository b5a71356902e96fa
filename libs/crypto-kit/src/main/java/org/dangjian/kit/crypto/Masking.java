package org.dangjian.kit.crypto;

/** How ID and phone numbers look to a caller who may not see them whole. */
public final class Masking {
    private Masking() {
    }

    /** {@code 320583199001011234} becomes {@code 3205**********1234}. */
    public static String idNumber(String id) {
        return keepEnds(id, 4, 4);
    }

    /** {@code 13812345678} becomes {@code 138****5678}. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
