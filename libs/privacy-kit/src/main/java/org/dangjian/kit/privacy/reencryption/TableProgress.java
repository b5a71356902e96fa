package org.dangjian.kit.privacy.reencryption;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One table's part in the re-encryption. */
@Schema(description = "一张表的重新加密进度。One table's re-encryption.")
public record TableProgress(
        @Schema(description = "表名。The table.", example = "member") String table,
        @Schema(description = "行数。Rows in the table.") long rows,
        @Schema(description = "仍有字段未用当前密钥加密的行数。Rows with a value not yet under the active key and algorithm.")
        long remaining,
        @Schema(description = "最近一次运行已改写的行数。Rows the last run moved.") long moved,
        @Schema(description = "最近一次运行的目标密钥，如 sm4.k2。The key reference the last run moved to.") String target,
        @Schema(description = "最近一次运行开始的时间。When the last run started.") LocalDateTime startedAt,
        @Schema(description = "最近一次运行完成的时间；为空表示未完成（可继续）。When it finished; null while unfinished "
                + "(a new start goes on from where it stopped).") LocalDateTime finishedAt) {
}
