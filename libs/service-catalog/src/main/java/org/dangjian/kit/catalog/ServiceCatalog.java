package org.dangjian.kit.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every service's description, sorted by name. The build packs each {@code <name>-service/service.yaml} into
 * this kit's jar ({@link #packaged()}); the launcher, which runs from a checkout, reads the folders
 * ({@link #inRepository}). Anything a description gets wrong stops the reader with the file and the field.
 */
public final class ServiceCatalog {
    /** Where the build puts the descriptions on the classpath (a test adds a fake one under the same folder). */
    public static final String PACKAGED = "classpath*:META-INF/dj/services/*/service.yaml";
    public static final String FILE_NAME = "service.yaml";

    private final Map<String, ServiceDescription> byName = new LinkedHashMap<>();

    private ServiceCatalog(List<ServiceDescription> descriptions) {
        descriptions.stream().sorted(Comparator.comparing(ServiceDescription::name)).forEach(d -> {
            if (byName.putIfAbsent(d.name(), d) != null) {
                throw new IllegalArgumentException("two descriptions of " + d.name());
            }
        });
        Map<String, String> owners = new LinkedHashMap<>();
        byName.values().forEach(d -> d.areas().forEach(area -> {
            String other = owners.putIfAbsent(area, d.name());
            if (other != null) {
                throw new IllegalArgumentException("area '" + area + "' is claimed by " + other + " and " + d.name());
            }
        }));
        byName.values().forEach(d -> d.calls().forEach(callee -> {
            if (!byName.containsKey(callee)) {
                throw new IllegalArgumentException(d.name() + " calls " + callee + ", which has no description");
            }
        }));
    }

    public static ServiceCatalog of(List<ServiceDescription> descriptions) {
        return new ServiceCatalog(descriptions);
    }

    /** The descriptions on this class loader's classpath (the build's, plus any a test adds). */
    public static ServiceCatalog packaged() {
        return packaged(ServiceCatalog.class.getClassLoader());
    }

    public static ServiceCatalog packaged(ClassLoader classLoader) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(classLoader).getResources(PACKAGED);
            List<ServiceDescription> descriptions = new ArrayList<>();
            for (Resource r : found) {
                try (InputStream in = r.getInputStream()) {
                    descriptions.add(parse(in, r.getDescription()));
                }
            }
            return new ServiceCatalog(descriptions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service descriptions", e);
        }
    }

    /** The descriptions in a checkout: {@code <repository>/<name>-service/service.yaml}. */
    public static ServiceCatalog inRepository(Path repository) {
        try (Stream<Path> folders = Files.list(repository)) {
            List<ServiceDescription> descriptions = new ArrayList<>();
            for (Path file : folders.filter(f -> f.getFileName().toString().endsWith("-service"))
                    .map(f -> f.resolve(FILE_NAME)).filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    ServiceDescription d = parse(in, file.toString());
                    if (!d.name().equals(file.getParent().getFileName().toString())) {
                        throw new IllegalArgumentException(file + ": name '" + d.name() + "' is not its folder's");
                    }
                    descriptions.add(d);
                }
            }
            return new ServiceCatalog(descriptions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service descriptions in " + repository, e);
        }
    }

    public List<ServiceDescription> services() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public Optional<ServiceDescription> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Area → the service serving it, in the services' order. */
    public Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        byName.values().forEach(d -> d.areas().forEach(a -> areas.put(a, d.name())));
        return areas;
    }

    /** The services that call others, and so hold a service secret. */
    public List<ServiceDescription> callers() {
        return byName.values().stream().filter(ServiceDescription::callsOthers).toList();
    }

    static ServiceDescription parse(InputStream in, String source) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("not a mapping");
            }
            Fields f = new Fields(map);
            Fields memory = f.section("memory");
            ServiceDescription d = new ServiceDescription(f.text("name"), f.text("summary"), f.list("areas"),
                    f.text("schema"), f.flag("redis"), f.list("publishes"), f.list("consumes"), f.list("calls"),
                    f.flag("storage"), new ServiceDescription.Memory(memory.number("heap-mb"), memory.number("budget-mb")));
            f.rejectUnknown();
            memory.rejectUnknown();
            return d;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** The keys of one mapping, each read once; what is left over is a typo. */
    private static final class Fields {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Fields(Map<?, ?> map) {
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
        }

        String text(String key) {
            Object v = values.remove(key);
            return v == null ? null : v.toString();
        }

        boolean flag(String key) {
            Object v = values.remove(key);
            if (v != null && !(v instanceof Boolean)) {
                throw new IllegalArgumentException(key + ": '" + v + "' is not true or false");
            }
            return Boolean.TRUE.equals(v);
        }

        int number(String key) {
            Object v = values.remove(key);
            if (!(v instanceof Integer i)) {
                throw new IllegalArgumentException(key + ": '" + v + "' is not a whole number");
            }
            return i;
        }

        List<String> list(String key) {
            Object v = values.remove(key);
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof List<?> l)) {
                throw new IllegalArgumentException(key + ": '" + v + "' is not a list");
            }
            return l.stream().map(String::valueOf).toList();
        }

        Fields section(String key) {
            Object v = values.remove(key);
            if (!(v instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(key + ": missing");
            }
            return new Fields(m);
        }

        void rejectUnknown() {
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("unknown field(s) " + values.keySet());
            }
        }
    }
}
