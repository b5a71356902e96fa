package org.dangjian.points.ledger;

/** What a ledger entry records; {@link PointsCalculator} says what each is worth under the rules. */
public enum EntryKind {
    /** Attended an activity; the detail is its type. */
    ATTENDED,
    /** Absent without excuse. */
    ABSENT,
    /** Absent with the branch's leave: worth nothing either way, kept so the record is whole. */
    EXCUSED,
    /** A dues month paid within the month. */
    DUES_ON_TIME,
    /** A dues month paid later (back-payment): no longer unpaid, earns nothing. */
    DUES_LATE,
    /** Class hours earned in the Party school; the quantity is the hours. */
    CLASS_HOURS
}
