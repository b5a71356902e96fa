package org.dangjian.kit.privacy.reencryption;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The service's field encryption: what new values are sealed with, and how far old ones have been moved. */
@Schema(description = "本服务的字段加密状态。The service's field encryption and its re-encryption.")
public record EncryptionStatus(
        @Schema(description = "新值所用的密钥与算法，如 k1（AES-GCM）或 sm4.k2（SM4-GCM）。What new values are sealed "
                + "with.", example = "sm4.k2") String active,
        @Schema(description = "重新加密是否正在本服务运行。Whether a re-encryption runs now.") boolean running,
        List<TableProgress> tables) {
}
