package org.dangjian.kit.privacy.retention;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One kind of personal data, its period, what is due now, and the last run. */
@Schema(description = "一类个人信息的保存期限与到期情况。A kind of personal data: its period, what is due, the last run.")
public record RetentionKind(
        @Schema(description = "类别代码。The kind.", example = "MESSAGE_LOG") String kind,
        @Schema(description = "类别名称。", example = "短信与微信消息记录") String label,
        @Schema(description = "到期后删除或匿名化。ERASE or ANONYMISE.") RetentionAction action,
        @Schema(description = "保存期限（ISO 8601）。The period.", example = "P1Y") String period,
        @Schema(description = "早于此时间的记录已到期。Rows older than this are due.") LocalDateTime cutoff,
        @Schema(description = "现在到期的行数，下次运行时处理。Rows due now, for the next run.") long due,
        @Schema(description = "上次运行的时间。When it last ran.") LocalDateTime lastRunAt,
        @Schema(description = "上次运行处理的行数。Rows the last run erased or anonymised.") Integer lastRunDone) {
}
