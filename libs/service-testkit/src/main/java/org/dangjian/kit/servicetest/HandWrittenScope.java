package org.dangjian.kit.servicetest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds scope predicates written by hand: a string literal in a service's source with {@code path LIKE}
 * in it. Bytecode does not show what a SQL string says, so this rule reads the sources. The kit builds
 * those predicates (OrgPathScope through mappers, ScopedSql, SubtreePaths); a service never does.
 */
public final class HandWrittenScope {
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern PATH_LIKE = Pattern.compile("(?i)path\\s+(not\\s+)?like\\b");

    private HandWrittenScope() {
    }

    /** Every {@code file:line: literal} under {@code sourceRoot} whose string literals hold a path LIKE. */
    public static List<String> find(Path sourceRoot) {
        if (!Files.isDirectory(sourceRoot)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher literal = LITERAL.matcher(lines.get(i));
                    while (literal.find()) {
                        if (PATH_LIKE.matcher(literal.group()).find()) {
                            found.add(sourceRoot.relativize(file) + ":" + (i + 1) + ": " + literal.group());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
