package org.dangjian.kit.codes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A code table as published: its name and source (standard and edition, or data package and version), its
 * entries in the standard's order. Lookups by code and by label (imports take labels, exports write codes);
 * {@link #labels()} lists the allowed values for a template's sheet.
 */
public final class CodeTable {
    private final String name;
    private final String source;
    private final List<Code> entries;
    private final Map<String, Code> byCode = new LinkedHashMap<>();
    private final Map<String, Code> byLabel = new LinkedHashMap<>();

    CodeTable(String name, String source, List<Code> entries) {
        this.name = name;
        this.source = source;
        this.entries = List.copyOf(entries);
        for (Code entry : entries) {
            if (byCode.put(entry.code(), entry) != null) {
                throw new IllegalStateException(name + ": code " + entry.code() + " twice");
            }
            byLabel.putIfAbsent(entry.label(), entry);
        }
    }

    /** e.g. {@code GB/T 4658-2006 学历代码}. */
    public String name() {
        return name;
    }

    /** Where the entries come from: the standard's edition, or the data package's name and version. */
    public String source() {
        return source;
    }

    public Optional<Code> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.trim()));
    }

    public Optional<String> label(String code) {
        return find(code).map(Code::label);
    }

    /** The code a label stands for, e.g. {@code 小学} → {@code 80}. */
    public Optional<String> codeOf(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(byLabel.get(label.trim())).map(Code::code);
    }

    /** A code in force in this table (the tables hold only codes in force; withdrawn codes are left out). */
    public boolean isValid(String code) {
        return find(code).isPresent();
    }

    public List<Code> entries() {
        return entries;
    }

    /** The allowed values a template's sheet lists, in the standard's order. */
    public List<String> labels() {
        return entries.stream().map(Code::label).toList();
    }

    public int size() {
        return entries.size();
    }
}
