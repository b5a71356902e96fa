package org.dangjian.org.tree;

import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * The initials of a name's pinyin, upper case, as people type them into a search box on a phone:
 * 玉山镇党委 becomes {@code YSZDW}. Latin letters and digits are kept as they are (upper-cased), everything
 * else (punctuation, brackets, spaces) is dropped. A character with several readings takes pinyin4j's
 * first one, which is the common reading in organisation names.
 */
public final class PinyinInitials {
    /** The column is VARCHAR(100); names are at most 100 characters, so this only guards odd input. */
    static final int MAX_LENGTH = 100;

    private PinyinInitials() {
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < name.length() && initials.length() < MAX_LENGTH; i++) {
            char c = name.charAt(i);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    initials.append(Character.toUpperCase(c));
                }
                continue;
            }
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                initials.append(readings[0].substring(0, 1).toUpperCase(Locale.ROOT));
            }
        }
        return initials.toString();
    }
}
