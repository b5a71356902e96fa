package org.dangjian.cadre.performance;

/** A reward (奖励) or a sanction (惩处). */
public enum RewardKind {
    REWARD("奖励"),
    SANCTION("惩处");

    private final String label;

    RewardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
