package org.dangjian.kit.codes;

import java.util.Map;
import java.util.Optional;

/**
 * One entry of a code table: the code as the standard writes it (leading zeros kept, so always a string), its
 * label, and the table's further columns by name (e.g. education's {@code completion}).
 */
public record Code(String code, String label, Map<String, String> attributes) {
    public Code {
        attributes = Map.copyOf(attributes);
    }

    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name)).filter(v -> !v.isEmpty());
    }
}
