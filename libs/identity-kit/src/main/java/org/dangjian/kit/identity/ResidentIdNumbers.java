package org.dangjian.kit.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character resident identity number of GB 11643-1999: six digits of region, eight of birth
 * date, three of sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check character.
 * Members, applicants and cadres are all identified by it, and tests and the demo data need valid ones.
 */
public final class ResidentIdNumbers {
    /** Kunshan, Jiangsu: the region of the case study and of generated people. */
    public static final String KUNSHAN = "320583";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumbers() {
    }

    /** Well-formed: 17 digits, a real birth date, and the right check character (x or X). */
    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        String normalized = id.toUpperCase();
        for (int i = 0; i < 17; i++) {
            if (normalized.charAt(i) < '0' || normalized.charAt(i) > '9') {
                return false;
            }
        }
        return checkCharacter(normalized) == normalized.charAt(17) && birthDate(normalized).isPresent();
    }

    public static Optional<LocalDate> birthDate(String id) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The 17th character is odd for men and even for women. */
    public static boolean isMale(String id) {
        return (id.charAt(16) - '0') % 2 == 1;
    }

    /** Appends the right check character to 17 digits. */
    public static String withCheckDigit(String first17) {
        return first17 + checkCharacter(first17);
    }

    /** A valid number for a person of the region born on that day; {@code sequence} 0–499 tells people apart. */
    public static String of(String region, LocalDate birthDate, boolean male, int sequence) {
        if (sequence < 0 || sequence > 499) {
            throw new IllegalArgumentException("sequence must be 0-499: " + sequence);
        }
        int seq = sequence * 2 + (male ? 1 : 0);
        return withCheckDigit(region + String.format("%04d%02d%02d%03d", birthDate.getYear(),
                birthDate.getMonthValue(), birthDate.getDayOfMonth(), seq));
    }

    private static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
