package org.dangjian.cadre.analytics;

/** The age bands of the analysis of age structure (年龄结构), in whole years on the day asked. */
public enum AgeBand {
    UP_TO_35("35岁及以下", 0, 35),
    FROM_36_TO_45("36至45岁", 36, 45),
    FROM_46_TO_55("46至55岁", 46, 55),
    FROM_56("56岁及以上", 56, Integer.MAX_VALUE);

    /** values() copies the array on each call: once per person adds up over a city's cadres (CadreBenchmark's profile). */
    private static final AgeBand[] BANDS = values();
    private final String label;
    private final int from;
    private final int to;

    AgeBand(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    static AgeBand of(int age) {
        for (AgeBand band : BANDS) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        return UP_TO_35;
    }
}
