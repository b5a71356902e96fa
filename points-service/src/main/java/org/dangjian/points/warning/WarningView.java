package org.dangjian.points.warning;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** An open warning as administrators see it. */
public record WarningView(long id, long memberId, String name, long orgId, String orgName, WarningKind kind,
                          @Schema(description = "WARN 预警；FLAG 连续六个月未参加组织生活或未交党费，须由组织研究处理。"
                                  + "WARN, or FLAG: six months without organisational life or dues, which only people may act on.", example = "WARN") String level,
                          @Schema(description = "连续的月数。How many months in a row.") int months, LocalDate since, LocalDate raisedOn) {
}
