package org.dangjian.recruitment.catalogue;

/** How a time rule counts: calendar days, months, years, or working days of the State Council's calendar. */
public enum TimeUnit {
    DAYS("天"),
    WORKING_DAYS("个工作日"),
    MONTHS("个月"),
    YEARS("年");

    private final String label;

    TimeUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
