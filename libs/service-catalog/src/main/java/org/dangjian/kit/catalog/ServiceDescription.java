package org.dangjian.kit.catalog;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the platform needs to know about one service, from its {@code <name>/service.yaml}. The launcher,
 * the gateway's routes and API document list, org-service's service-client allow-list and the Kubernetes
 * manifests are derived from these, so adding a service touches its own folder only.
 *
 * @param name      the service's name: its folder, its {@code spring.application.name}, its registry id
 * @param summary   one line on what it does, for people reading the catalog
 * @param areas     the API areas it serves: the gateway routes {@code /api/<area>/**} to it
 * @param schema    its own database schema
 * @param redis     whether it uses Redis (the launcher and the manifests pass the address)
 * @param publishes the topics it writes (through its outbox)
 * @param consumes  the topics it reads (through its inbox)
 * @param calls     the services it calls over HTTP: a service that calls any has a service secret, which
 *                  org-service accepts for a service token
 * @param storage   whether it keeps uploaded files (storage-kit): the launcher gives it a folder
 * @param memory    its memory budget
 */
public record ServiceDescription(String name, String summary, List<String> areas, String schema, boolean redis,
                                 List<String> publishes, List<String> consumes, List<String> calls, boolean storage,
                                 Memory memory) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*-service");
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern SCHEMA = Pattern.compile("dj_[a-z][a-z0-9_]*");
    private static final Pattern TOPIC = Pattern.compile("dj\\.[a-z][a-z0-9-]*\\.v[0-9]+");

    /**
     * @param heapMb   the most heap it may use ({@code -Xmx})
     * @param budgetMb the most memory the whole process may use, heap included (resident; the container limit)
     */
    public record Memory(int heapMb, int budgetMb) {
        public Memory {
            if (heapMb < 32 || budgetMb <= heapMb) {
                throw new IllegalArgumentException("memory: heap-mb must be at least 32 and budget-mb above it, not "
                        + heapMb + " and " + budgetMb);
            }
        }
    }

    public ServiceDescription {
        areas = List.copyOf(areas);
        publishes = List.copyOf(publishes);
        consumes = List.copyOf(consumes);
        calls = List.copyOf(calls);
        require(name != null && NAME.matcher(name).matches(), "name", name, "<area>-service in lower case");
        require(summary != null && !summary.isBlank(), "summary", summary, "one line");
        areas.forEach(a -> require(AREA.matcher(a).matches(), "areas", a, "lower-case words"));
        require(schema != null && SCHEMA.matcher(schema).matches(), "schema", schema, "dj_<name>");
        publishes.forEach(t -> require(TOPIC.matcher(t).matches(), "publishes", t, "dj.<aggregate>.v<n>"));
        consumes.forEach(t -> require(TOPIC.matcher(t).matches(), "consumes", t, "dj.<aggregate>.v<n>"));
        calls.forEach(c -> require(NAME.matcher(c).matches() && !c.equals(name), "calls", c, "another service's name"));
        require(memory != null, "memory", null, "heap-mb and budget-mb");
    }

    /** Whether it holds a service secret (it calls another service). */
    public boolean callsOthers() {
        return !calls.isEmpty();
    }

    /** The environment variable holding its service secret: {@code DJ_SERVICE_SECRET_NOTIFY_SERVICE}. */
    public String secretVariable() {
        return secretVariable(name);
    }

    public static String secretVariable(String serviceName) {
        return "DJ_SERVICE_SECRET_" + serviceName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static void require(boolean ok, String field, Object value, String expected) {
        if (!ok) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not " + expected);
        }
    }
}
