package org.dangjian.points.warning;

import java.time.LocalDate;

/** An open warning as administrators see it. */
public record WarningView(long id, long memberId, String name, long orgId, String orgName, WarningKind kind,
                          String level, int months, LocalDate since, LocalDate raisedOn) {
}
