package org.dangjian.deploy.launcher.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How every JVM of the platform is started, in one place. A process gets {@code -Xmx} from its description
 * (constants here for local-infra, the registry and the gateway), then the defaults below, which DJ_JAVA_OPTS
 * (DJ_INFRA_JAVA_OPTS for local-infra) replaces; an -Xmx given there wins, being later on the line.
 */
public final class JvmOptions {
    /**
     * Registry, gateway and services. Measured idle with native memory tracking (org-service, the largest):
     * heap 83-98 MB committed of which ~55 MB live, metaspace ~90 MB, symbols 23 MB, code 15 MB. Serial GC, the
     * C1 compiler only (quick start over peak speed on a development machine), a small first heap (-Xms32m;
     * by default it is 1/64 of the machine's memory, all of it touched: 384 MB resident per JVM on 24 GB) that
     * may shrink again, a young generation of 12 MB (the default grows it to a third of the heap) and bounds on
     * metaspace and code cache. Together with MALLOC_ARENA_MAX and the services' idle pools (web-kit) they took
     * org-service from 402 to ~250 MB resident.
     */
    static final String DEFAULTS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xms32m -Xmn12m"
            + " -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxMetaspaceSize=192m"
            + " -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError";
    /** local-infra runs Kafka's broker: full JIT. */
    static final String INFRA_DEFAULTS = "-XX:+UseSerialGC -Xss512k -Xms64m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
            + " -XX:+ExitOnOutOfMemoryError";
    /** -D flags for every JVM (e.g. "-Dspring.jmx.enabled=false"), after the defaults and DJ_JAVA_OPTS. */
    static final List<String> SYSTEM_PROPERTIES = List.of();
    /**
     * Environment of every JVM: glibc gives each thread that allocates its own 64 MB malloc arena (up to 8 per
     * core); two are enough for a JVM, whose heap is its own.
     */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    static final int INFRA_HEAP_MB = 512;
    static final int REGISTRY_HEAP_MB = 128;
    static final int GATEWAY_HEAP_MB = 128;

    private JvmOptions() {
    }

    static int heapMb(Member member) {
        return switch (member.kind()) {
            case INFRA -> INFRA_HEAP_MB;
            case REGISTRY -> REGISTRY_HEAP_MB;
            case GATEWAY -> GATEWAY_HEAP_MB;
            case SERVICE -> member.service().memory().heapMb();
        };
    }

    /** The option line recorded in the process's env file (DJ_JAVA_OPTS) and reused by a sticky start. */
    static String line(Member member, String replacedDefaults) {
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + heapMb(member) + "m");
        options.add(replacedDefaults != null ? replacedDefaults.trim()
                : member.kind() == Kind.INFRA ? INFRA_DEFAULTS : DEFAULTS);
        options.addAll(SYSTEM_PROPERTIES);
        return String.join(" ", options);
    }

    /** The options of the java command: the recorded line (the unpacked jar and its archive come at launch). */
    static List<String> command(String line) {
        return Arrays.stream(line.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }
}
