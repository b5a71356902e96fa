package org.dangjian.kit.servicetest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every problem code a service throws has a message in Chinese and in English. Reads the codes from the
 * sources (the code argument of {@code ApiException}'s factories and constructor, a literal or a
 * constant, the service's own or a kit's) and looks each up in the bundles a service answers with: its
 * own {@code problems.properties} / {@code problems_en.properties}, then every kit's ({@code dj-problems/<kit>}).
 */
public final class ProblemMessages {
    private static final Pattern CALL = Pattern.compile(
            "ApiException\\s*\\.\\s*(?:notFound|conflict|badRequest|forbidden)\\s*\\(\\s*([^,)]+)"
                    + "|new\\s+ApiException\\s*\\(\\s*HttpStatus\\.\\w+\\s*,\\s*([^,)]+)"
                    + "|ApiException\\s*\\.\\s*invalidField\\s*\\([^,]+,\\s*([^,)]+)");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*(\\.[A-Za-z]+)?");
    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern IMPORT = Pattern.compile("import\\s+([\\w.]+)\\s*;");

    private ProblemMessages() {
    }

    /** {@code code → where it is thrown} for every code the sources throw. */
    public static Map<String, String> thrownCodes(Path sourceRoot) {
        Map<Path, String> sources = read(sourceRoot);
        Map<String, Map<String, String>> constantsByClass = new HashMap<>();
        sources.forEach((file, text) -> constantsByClass.put(simpleName(file), constants(text)));
        Map<String, String> codes = new LinkedHashMap<>();
        sources.forEach((file, text) -> {
            Matcher call = CALL.matcher(text);
            while (call.find()) {
                String argument = Stream.of(call.group(1), call.group(2), call.group(3))
                        .filter(g -> g != null).findFirst().orElseThrow().trim();
                resolve(argument, file, text, constantsByClass)
                        .filter(code -> CODE.matcher(code).matches())
                        .ifPresent(code -> codes.putIfAbsent(code, sourceRoot.relativize(file).toString()));
            }
        });
        return codes;
    }

    /** The codes among {@code codes} that lack a message in Chinese or English, each with what is missing. */
    public static List<String> missing(Map<String, String> codes) {
        Properties chinese = bundles("");
        Properties english = bundles("_en");
        List<String> missing = new ArrayList<>();
        codes.forEach((code, where) -> {
            if (!chinese.containsKey(code)) {
                missing.add(code + " (thrown in " + where + ") has no Chinese message");
            }
            if (!english.containsKey(code)) {
                missing.add(code + " (thrown in " + where + ") has no English message");
            }
        });
        return missing;
    }

    /** Keys of the service's own bundle that a kit's bundle already declares: a kit's code is the kit's. */
    public static Set<String> redeclaredKitCodes() {
        Properties own = load("classpath*:problems.properties");
        Properties kits = load("classpath*:dj-problems/*.properties");
        Set<String> repeated = new TreeSet<>();
        own.stringPropertyNames().stream().filter(kits::containsKey).forEach(repeated::add);
        return repeated;
    }

    private static Optional<String> resolve(String argument, Path file, String text,
                                            Map<String, Map<String, String>> constantsByClass) {
        if (argument.startsWith("\"")) {
            return Optional.of(argument.substring(1, argument.indexOf('"', 1)));
        }
        if (!argument.matches("[\\w.]+")) {
            return Optional.empty();
        }
        int dot = argument.lastIndexOf('.');
        String owner = dot < 0 ? simpleName(file) : argument.substring(0, dot);
        String name = argument.substring(dot + 1);
        String ownerSimple = owner.substring(owner.lastIndexOf('.') + 1);
        Optional<String> own = Optional.ofNullable(constantsByClass.getOrDefault(ownerSimple, Map.of()).get(name));
        if (own.isPresent()) {
            return own;
        }
        if (dot < 0) {
            // a constant of a class imported statically or inherited: look in every source of the service
            return constantsByClass.values().stream().map(c -> c.get(name)).filter(v -> v != null).findFirst();
        }
        return importedClass(text, owner).flatMap(type -> constantValue(type, name));
    }

    private static Optional<Class<?>> importedClass(String text, String owner) {
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
            String imported = imports.group(1);
            if (imported.endsWith("." + owner) || imported.equals(owner)) {
                try {
                    return Optional.of(Class.forName(imported, false, ProblemMessages.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> constantValue(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                return Optional.ofNullable((String) field.get(null));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Map<String, String> constants(String text) {
        Map<String, String> constants = new HashMap<>();
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            constants.put(m.group(1), m.group(2));
        }
        return constants;
    }

    private static String simpleName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    private static Map<Path, String> read(Path root) {
        Map<Path, String> sources = new LinkedHashMap<>();
        if (!Files.isDirectory(root)) {
            return sources;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.put(file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /** The service's bundle and every kit's, for one language suffix ("" is Chinese). */
    private static Properties bundles(String suffix) {
        Properties all = load("classpath*:problems" + suffix + ".properties");
        Properties kits = new Properties();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:dj-problems/*.properties")) {
                String name = resource.getFilename();
                boolean english = name != null && name.endsWith("_en.properties");
                if (english == suffix.equals("_en")) {
                    kits.putAll(loadOne(resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.putAll(kits);
        return all;
    }

    private static Properties loadOne(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Properties load(String pattern) {
        Properties properties = new Properties();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
