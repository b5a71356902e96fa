package org.dangjian.notify.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind's text with its provider codes and WeChat subscribe-message template (id and field mapping).
 * Rendering replaces each {@code ${name}} by its value; the masked rendering replaces secret values by
 * asterisks, for the message log and the API.
 */
public record Template(MessageKind kind, String text, String aliyunCode, String tencentCode, String wechatTemplateId,
                       WechatFields wechatFields, boolean custom) {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-zA-Z]+)}");
    private static final String HIDDEN = "******";

    public Template {
        wechatFields = wechatFields == null ? WechatFields.NONE : wechatFields;
    }

    /** A template without a WeChat one. */
    public Template(MessageKind kind, String text, String aliyunCode, String tencentCode, String wechatTemplateId,
                    boolean custom) {
        this(kind, text, aliyunCode, tencentCode, wechatTemplateId, WechatFields.NONE, custom);
    }

    public static Template builtIn(MessageKind kind) {
        return new Template(kind, kind.defaultText(), null, null, null, false);
    }

    /**
     * Whether messages of this kind also go to members' WeChat: a WeChat template and its fields are
     * set. One-time codes never do: they go by SMS only, to the phone being proven.
     */
    public boolean wechat() {
        return !kind.urgent() && wechatTemplateId != null && !wechatFields.isEmpty();
    }

    public String render(Map<String, String> values) {
        return replace(values, false);
    }

    public String renderMasked(Map<String, String> values) {
        return replace(values, true);
    }

    /** The values in the order the kind declares them (Tencent's templates take positional parameters). */
    public Map<String, String> ordered(Map<String, String> values) {
        Map<String, String> ordered = new LinkedHashMap<>();
        kind.variables().forEach(v -> ordered.put(v, values.getOrDefault(v, "")));
        return ordered;
    }

    private String replace(Map<String, String> values, boolean mask) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = mask && kind.secret(name) ? HIDDEN : values.getOrDefault(name, "");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Variables the text names that the kind does not provide: a template with these is refused. */
    public java.util.List<String> unknownVariables() {
        Matcher m = VARIABLE.matcher(text);
        java.util.List<String> unknown = new java.util.ArrayList<>();
        while (m.find()) {
            if (!kind.variables().contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }
}
