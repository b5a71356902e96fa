package org.dangjian.kit.privacy.retention;

/** What happens to personal data past its period. */
public enum RetentionAction {
    /** The rows are deleted. */
    ERASE("删除"),
    /** The rows stay (counts, history) with what identifies the person removed. */
    ANONYMISE("匿名化");

    private final String label;

    RetentionAction(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }
}
