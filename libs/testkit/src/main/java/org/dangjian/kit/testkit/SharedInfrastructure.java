package org.dangjian.kit.testkit;

import java.util.HashSet;
import java.util.Set;
import org.dangjian.kit.infra.Infrastructure;

/** The servers every test in this JVM shares; started on first use, stopped when the JVM exits. */
public final class SharedInfrastructure {
    private static Infrastructure infrastructure;
    private static final Set<String> SCHEMAS = new HashSet<>();

    private SharedInfrastructure() {
    }

    public static synchronized Infrastructure get() {
        if (infrastructure == null) {
            infrastructure = Infrastructure.startOrConnect(null);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    infrastructure.close();
                } catch (Exception ignored) {
                    // the JVM is going away anyway
                }
            }, "dj-testkit-infra-stop"));
        }
        return infrastructure;
    }

    /** Creates the schema once per JVM and returns its JDBC URL. */
    public static synchronized String schema(String name) {
        Infrastructure infra = get();
        if (SCHEMAS.add(name)) {
            infra.createSchema(name);
        }
        return infra.jdbcUrl(name);
    }
}
