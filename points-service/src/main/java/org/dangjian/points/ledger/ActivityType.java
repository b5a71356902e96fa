package org.dangjian.points.ledger;

/** Kinds of organisational life a branch records (三会一课 and the others). */
public enum ActivityType {
    GENERAL_MEETING("支部党员大会"),
    COMMITTEE_MEETING("支部委员会会议"),
    GROUP_MEETING("党小组会"),
    PARTY_LECTURE("党课"),
    THEME_DAY("主题党日"),
    LIFE_MEETING("组织生活会"),
    STUDY("集中学习"),
    VOLUNTEER("志愿服务"),
    OTHER("其他");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
