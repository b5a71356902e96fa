package org.dangjian.org.tree;

/** Kinds of Party organisation; the Chinese names are display labels. */
public enum OrgType {
    COMMITTEE("党委", true),
    WORKING_COMMITTEE("党工委", true),
    GENERAL_BRANCH("党总支", true),
    BRANCH("党支部", false),
    JOINT_BRANCH("联合党支部", false);

    private final String label;
    private final boolean mayHaveChildren;

    OrgType(String label, boolean mayHaveChildren) {
        this.label = label;
        this.mayHaveChildren = mayHaveChildren;
    }

    public String label() {
        return label;
    }

    /** Only committees and general branches have child organisations; branches hold members. */
    public boolean mayHaveChildren() {
        return mayHaveChildren;
    }

    /** The two kinds are exclusive: an organisation either holds organisations or holds members. */
    public boolean holdsMembers() {
        return !mayHaveChildren;
    }
}
