package org.dangjian.cadre.appointment;

/**
 * The posts of grassroots cadres the city keeps records of: the Party organisation's secretary, deputies and
 * committee members; the village or residents' committee's director and members (村（居）委会); the
 * college-graduate village officials (大学生村官) and community workers. A reserve cadre is kept for one of them.
 */
public enum Position {
    SECRETARY("党组织书记"),
    DEPUTY_SECRETARY("党组织副书记"),
    COMMITTEE_MEMBER("党组织委员"),
    RESIDENTS_DIRECTOR("村（居）委会主任"),
    RESIDENTS_MEMBER("村（居）委会委员"),
    GRADUATE_OFFICIAL("大学生村官"),
    COMMUNITY_WORKER("社区工作者");

    private final String label;

    Position(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
