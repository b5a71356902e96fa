package org.dangjian.member.record;

/**
 * Party standing; applicant stages belong to recruitment-service. {@code MOBILE} is a member working or
 * living away from their branch (流动党员); {@code LEFT} covers leaving the Party and transferring out of
 * the city (the reason says which), so that the record stays for history.
 */
public enum MemberStatus {
    PROBATIONARY("预备党员"),
    FULL("正式党员"),
    MOBILE("流动党员"),
    SUSPENDED("停止党籍"),
    LEFT("已离开"),
    DECEASED("已故");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still counted in the organisation's membership. */
    public boolean active() {
        return this == PROBATIONARY || this == FULL || this == MOBILE;
    }
}
