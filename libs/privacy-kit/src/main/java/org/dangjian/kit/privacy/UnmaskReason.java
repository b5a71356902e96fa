package org.dangjian.kit.privacy;

import io.swagger.v3.oas.annotations.media.Schema;
import org.dangjian.kit.web.problem.ApiException;

/**
 * Why a caller needs ID or phone numbers in clear: the body of every unmask request, kept with the read in the
 * {@link SensitiveReadAudit} (allowed or refused), so that whoever reviews the audit sees the purpose, not only the act.
 */
@Schema(name = "UnmaskRequest", description = "查看明文的理由，记入敏感信息查看记录。Why the numbers are needed in clear, kept with the "
        + "read in the audit.")
public record UnmaskReason(
        @Schema(description = "理由（2–200字）。The reason, 2 to 200 characters.", example = "办理组织关系转接，核对身份证号")
        String reason) {

    public static final String REQUIRED = "UNMASK_REASON_REQUIRED";
    static final int MIN = 2;
    static final int MAX = 200;

    /** The reason trimmed; a missing, too short or too long one is a 400 on {@code reason}. */
    public static String of(UnmaskReason body) {
        String given = body == null || body.reason() == null ? "" : body.reason().strip();
        if (given.length() < MIN || given.length() > MAX) {
            throw ApiException.invalidField("reason", REQUIRED, MIN, MAX);
        }
        return given;
    }
}
