package org.dangjian.recruitment.catalogue;

/** The kind of value a step's field takes. */
public enum FieldType {
    TEXT("文字"),
    NUMBER("数字"),
    DATE("日期"),
    CHOICE("选项");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
