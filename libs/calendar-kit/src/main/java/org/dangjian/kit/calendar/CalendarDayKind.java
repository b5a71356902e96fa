package org.dangjian.kit.calendar;

/** What the State Council's notice makes of a day. */
public enum CalendarDayKind {
    /** A public holiday or a day of the holiday block (放假), weekend days of the block included. */
    DAY_OFF("放假"),
    /** A Saturday or Sunday made a working day to lengthen the holiday block (调休上班). */
    WORKING_DAY("调休上班");

    private final String label;

    CalendarDayKind(String label) {
        this.label = label;
    }

    /** The Chinese name the portal shows. */
    public String label() {
        return label;
    }
}
