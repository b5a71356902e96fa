package org.dangjian.kit.web.problem;

/**
 * A kit's own problem messages: the base name of its {@code <name>.properties} (Chinese) and
 * {@code <name>_en.properties}. A kit that throws codes of its own declares one as a bean; the service's
 * {@code problems*.properties} come first, then the kits', then web-kit's.
 */
public record ProblemBundle(String basename) {
}
