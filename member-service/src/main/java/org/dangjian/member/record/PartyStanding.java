package org.dangjian.member.record;

/** 正式党员 or 预备党员: the standing a member keeps whether active, mobile or suspended. */
public enum PartyStanding {
    PROBATIONARY("预备党员"),
    FULL("正式党员");

    private final String label;

    PartyStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
