package org.dangjian.member.record.history;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One line of a member's history as clients see it. */
@Schema(description = "党员档案的一条变更记录。One change of a member's record.")
public record HistoryEntry(long id, LocalDateTime at, Long actorId,
                           @Schema(description = "修改人的用户名；由事件引起的变更为事件名，如 transfer:42。The username of who changed it, or the event that did, such as transfer:42.") String actorUsername,
                           @Schema(description = "变更的字段。The field changed.", example = "status") String field,
                           @Schema(description = "原值。The value before.", example = "PROBATIONARY") String oldValue,
                           @Schema(description = "新值。The value after.", example = "FULL") String newValue) {
}
