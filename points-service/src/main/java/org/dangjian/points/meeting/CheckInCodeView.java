package org.dangjian.points.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** What the portal shows as the meeting's QR code, refreshed before it expires. */
@Schema(name = "MeetingCheckInCode", description = "会议签到二维码。The meeting's check-in QR code.")
public record CheckInCodeView(
        @Schema(description = "签到码。The signed code.") String code,
        @Schema(description = "二维码内容：小程序签到页及参数。What the QR code encodes: the mini-program's check-in page.",
                example = "pages/meeting/check-in?meetingId=1893456789012345678&code=...") String qrText,
        @Schema(description = "失效时间。When it stops being accepted.") Instant expiresAt) {
}
