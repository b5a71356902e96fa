package org.dangjian.member;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.kit.identity.ResidentIdNumbers;

/** Valid resident ID numbers for members the tests register. */
public final class TestIdNumbers {
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(500));

    private TestIdNumbers() {
    }

    /**
     * A valid ID number, different from every other this JVM made (500 per birth date and gender): tests
     * reuse birth dates, and a random sequence number would now and then repeat one.
     */
    public static String idNumber(LocalDate birth, boolean male) {
        int seq = (SEQUENCE.getAndIncrement() % 500) * 2 + (male ? 1 : 0);
        String first17 = "320583" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return ResidentIdNumbers.withCheckDigit(first17);
    }
}
