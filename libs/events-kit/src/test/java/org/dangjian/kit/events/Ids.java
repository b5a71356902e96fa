package org.dangjian.kit.events;

import java.util.concurrent.ThreadLocalRandom;

/** Aggregate ids no earlier test run used, so tests sharing topics and tables never see each other's events. */
final class Ids {
    private Ids() {
    }

    static long unique() {
        return System.currentTimeMillis() * 1000 + ThreadLocalRandom.current().nextInt(1000);
    }
}
