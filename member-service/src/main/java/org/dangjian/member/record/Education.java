package org.dangjian.member.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * Highest education, in the bands Party statistics report, each with its GB/T 4658-2006 code and name.
 * Imports accept the short label, the standard name or the code.
 */
public enum Education {
    POSTGRADUATE("10", "研究生", "研究生教育"),
    BACHELOR("20", "大学本科", "大学本科教育"),
    COLLEGE("30", "大学专科", "大学专科教育"),
    SECONDARY_VOCATIONAL("40", "中专", "中等职业教育"),
    HIGH_SCHOOL("60", "高中", "普通高级中学教育"),
    JUNIOR_OR_BELOW("70", "初中及以下", "初级中学教育");

    private final String code;
    private final String label;
    private final String standardName;

    Education(String code, String label, String standardName) {
        this.code = code;
        this.label = label;
        this.standardName = standardName;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Education> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(e -> e.label.equals(t) || e.standardName.equals(t) || e.code.equals(t) || e.name().equals(t)
                        || (e == JUNIOR_OR_BELOW && (t.equals("初中") || t.equals("小学") || t.equals("小学教育"))))
                .findFirst();
    }
}
