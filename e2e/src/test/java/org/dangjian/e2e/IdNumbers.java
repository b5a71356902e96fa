package org.dangjian.e2e;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.kit.identity.ResidentIdNumbers;

/** Valid GB 11643 numbers for test people of Kunshan. */
final class IdNumbers {
    /**
     * The tests reuse birth dates, and a random sequence number per call repeated one now and then (a CI run
     * failed with MEMBER_ID_NUMBER_EXISTS): counting from a random start keeps every number this JVM makes
     * distinct (500 per birth date and gender) and runs against a kept platform apart.
     */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    private IdNumbers() {
    }

    static String make(LocalDate birth, boolean male) {
        return ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, birth, male, SEQUENCE.getAndIncrement() % 500);
    }
}
