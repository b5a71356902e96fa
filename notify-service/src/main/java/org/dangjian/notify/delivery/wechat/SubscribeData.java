package org.dangjian.notify.delivery.wechat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dangjian.notify.template.WechatFields;

/**
 * A subscribe message's {@code data}: each WeChat field with the value of the variable mapped to it,
 * cut to what WeChat accepts for the field's type (a {@code thing} takes 20 characters, a {@code name}
 * 10...). WeChat refuses a message whose value is too long (47003), so a long organisation name is
 * shortened, with an ellipsis where the type allows one, rather than the message lost.
 */
final class SubscribeData {
    /** WeChat's published limits per value type, in characters. */
    private static final Map<String, Integer> LIMITS = Map.of("thing", 20, "name", 10, "phrase", 5, "symbol", 5,
            "character_string", 32, "number", 32, "letter", 32, "phone_number", 17, "car_number", 8);

    private SubscribeData() {
    }

    static Map<String, Map<String, String>> of(WechatFields fields, Map<String, String> values) {
        Map<String, Map<String, String>> data = new LinkedHashMap<>();
        fields.byKey().forEach((key, variable) ->
                data.put(key, Map.of("value", fit(key, values.getOrDefault(variable, "")))));
        return data;
    }

    /** The value cut to its field's limit: free text ends in an ellipsis, codes and numbers are just cut. */
    static String fit(String key, String value) {
        String type = key.replaceAll("\\d+$", "");
        Integer limit = LIMITS.get(type);
        if (limit == null || value.codePointCount(0, value.length()) <= limit) {
            return value;
        }
        boolean text = type.equals("thing") || type.equals("name");
        int keep = text ? limit - 1 : limit;
        String cut = value.substring(0, value.offsetByCodePoints(0, keep));
        return text ? cut + "…" : cut;
    }
}
