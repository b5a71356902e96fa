package org.dangjian.points.activity;

/** Whether a member attended: present, absent without excuse, or excused by the branch. */
public enum Presence {
    PRESENT, ABSENT, EXCUSED
}
