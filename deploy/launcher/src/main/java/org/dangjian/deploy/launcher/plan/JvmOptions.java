package org.dangjian.deploy.launcher.plan;

import java.nio.file.Files;
import java.nio.file.Path;
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
    /** Registry, gateway and services: a small heap's collector, quick start over peak speed, small stacks. */
    static final String DEFAULTS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError";
    /** local-infra runs Kafka's broker: full JIT. */
    static final String INFRA_DEFAULTS = "-XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError";
    /** -D flags for every JVM (e.g. "-Dspring.jmx.enabled=false"), after the defaults and DJ_JAVA_OPTS. */
    static final List<String> SYSTEM_PROPERTIES = List.of();
    /** Environment of every JVM (e.g. MALLOC_ARENA_MAX=2 to bound glibc's per-thread arenas). */
    static final Map<String, String> ENVIRONMENT = Map.of();

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

    /** The options of the java command: the recorded line, then what depends on the jar at hand. */
    static List<String> command(String line, Member member) {
        List<String> options = new ArrayList<>(Arrays.stream(line.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList());
        options.addAll(archive(member.jar()));
        return options;
    }

    /**
     * A class-data-sharing archive made for this jar ({@code <jar>.jsa} beside it, e.g. by a build step running
     * {@code java -XX:ArchiveClassesAtExit=<jar>.jsa -jar <jar>} once) starts the JVM faster; none, no option.
     */
    static List<String> archive(Path jar) {
        Path jsa = jar.resolveSibling(jar.getFileName() + ".jsa");
        return Files.isRegularFile(jsa) ? List.of("-XX:SharedArchiveFile=" + jsa) : List.of();
    }
}
