package org.dangjian.e2e;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid GB 11643 numbers for test people (region 320583, Kunshan). */
final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    static String make(LocalDate birth, boolean male) {
        int seq = ThreadLocalRandom.current().nextInt(0, 50) * 2 + (male ? 1 : 0);
        String first17 = "320583" + birth.toString().replace("-", "") + String.format("%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }
}
