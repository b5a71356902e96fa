package org.dangjian.points.warning;

/** Why a member is watched: no organisational life, or dues unpaid, for some months in a row. */
public enum WarningKind {
    NO_ORG_LIFE, DUES_UNPAID
}
