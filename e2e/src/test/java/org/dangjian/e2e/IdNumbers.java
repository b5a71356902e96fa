package org.dangjian.e2e;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.dangjian.kit.identity.ResidentIdNumbers;

/** Valid GB 11643 numbers for test people of Kunshan; a random sequence keeps runs apart. */
final class IdNumbers {
    private IdNumbers() {
    }

    static String make(LocalDate birth, boolean male) {
        return ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, birth, male, ThreadLocalRandom.current().nextInt(500));
    }
}
