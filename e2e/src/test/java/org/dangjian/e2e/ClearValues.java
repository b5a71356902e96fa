package org.dangjian.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.kit.identity.ResidentIdNumbers;

/**
 * Finds personal values in clear in a piece of stored text: resident ID numbers (18 characters, GB 11643, with a
 * valid check digit and a real day of birth), mainland mobile numbers, and a known one-time code. A value counts only
 * standing alone (no letter or digit right before or after it), so a digit run inside a ciphertext, a hash or a longer
 * number is not taken for one.
 */
final class ClearValues {
    enum Kind { ID_NUMBER, PHONE, CODE }

    record Found(Kind kind, String value) {
        /** The value as the summary may show it: never whole. */
        String masked() {
            return value.substring(0, 3) + "*".repeat(value.length() - 5) + value.substring(value.length() - 2);
        }
    }

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

    private final Pattern code;

    /** @param oneTimeCode a code the platform sent (read from its sealed event), looked for as it is */
    ClearValues(String oneTimeCode) {
        this.code = Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(oneTimeCode) + "(?![0-9A-Za-z])");
    }

    List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.length() < 6) {
            return found;
        }
        Matcher id = ID_NUMBER.matcher(text);
        while (id.find()) {
            if (ResidentIdNumbers.isValid(id.group().toUpperCase()) && ResidentIdNumbers.birthDate(id.group()).isPresent()) {
                found.add(new Found(Kind.ID_NUMBER, id.group()));
            }
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            found.add(new Found(Kind.PHONE, phone.group()));
        }
        Matcher oneTime = code.matcher(text);
        while (oneTime.find()) {
            found.add(new Found(Kind.CODE, oneTime.group()));
        }
        return found;
    }
}
