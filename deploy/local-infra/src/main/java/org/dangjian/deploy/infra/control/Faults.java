package org.dangjian.deploy.infra.control;

import org.dangjian.kit.infra.Infrastructure;
import org.dangjian.kit.infra.NotEmbeddedException;

/**
 * The faults {@link InfraControl} can cause: each returns once done, true when it changed something and
 * false when the part already was in that state, and throws {@link NotEmbeddedException} for a part given
 * by the environment (not this process's to stop).
 */
public interface Faults {
    boolean stopKafka();

    boolean startKafka();

    boolean stopDb();

    boolean startDb();

    /** The embedded servers of {@code infra}. */
    static Faults of(Infrastructure infra) {
        return new Faults() {
            @Override
            public boolean stopKafka() {
                return infra.stopKafka();
            }

            @Override
            public boolean startKafka() {
                return infra.startKafka();
            }

            @Override
            public boolean stopDb() {
                return infra.stopDb();
            }

            @Override
            public boolean startDb() {
                return infra.startDb();
            }
        };
    }
}
