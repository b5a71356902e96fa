package org.dangjian.notify.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Which of a kind's variables fill which field of its WeChat subscribe-message template. A WeChat
 * template has its own keys, a value type and a number ({@code thing1}, {@code time2}, {@code number3});
 * the administrator writes the mapping as {@code thing1=name,number2=years}.
 *
 * @param byKey WeChat key to our variable, in the order written
 */
public record WechatFields(Map<String, String> byKey) {
    public static final WechatFields NONE = new WechatFields(Map.of());
    /** WeChat's keys: the value type in lower case (thing, character_string...), then the field's number. */
    private static final Pattern KEY = Pattern.compile("[a-z_]+\\d+");

    public WechatFields {
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The mapping as stored and shown: {@code thing1=name,number2=years}; null when empty. */
    public String spec() {
        if (byKey.isEmpty()) {
            return null;
        }
        StringJoiner spec = new StringJoiner(",");
        byKey.forEach((key, variable) -> spec.add(key + "=" + variable));
        return spec.toString();
    }

    /** A stored mapping (validated when it was saved); blank or null is no mapping. */
    public static WechatFields parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] keyVariable = entry.split("=", 2);
            if (keyVariable.length == 2) {
                byKey.put(keyVariable[0].strip(), keyVariable[1].strip());
            }
        }
        return new WechatFields(byKey);
    }

    /**
     * The entries of {@code spec} that are wrong for {@code kind}: not {@code key=variable}, a key that
     * is not WeChat's shape, a key given twice, or a variable the kind does not provide. Empty: fine.
     */
    public static List<String> invalidEntries(String spec, MessageKind kind) {
        List<String> invalid = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return invalid;
        }
        List<String> seen = new ArrayList<>();
        for (String entry : spec.split(",")) {
            String[] keyVariable = entry.split("=", 2);
            String key = keyVariable[0].strip();
            boolean ok = keyVariable.length == 2 && KEY.matcher(key).matches() && !seen.contains(key)
                    && kind.variables().contains(keyVariable[1].strip()) && !kind.secret(keyVariable[1].strip());
            if (!ok) {
                invalid.add(entry.strip());
            }
            seen.add(key);
        }
        return invalid;
    }
}
