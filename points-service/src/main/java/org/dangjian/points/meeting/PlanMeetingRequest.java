package org.dangjian.points.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.dangjian.points.ledger.ActivityType;

/** A branch's plan of a meeting; without attendees, every active member of the branch must attend. */
public record PlanMeetingRequest(
        @Schema(description = "召开会议的党支部。The branch holding it.", example = "1893456789012345678")
        @NotNull Long orgId,
        @Schema(example = "GENERAL_MEETING") @NotNull ActivityType type,
        @Schema(description = "开始时间（本地时间），须晚于现在。When it starts (local time), in the future.",
                example = "2026-12-10T14:30:00")
        @NotNull @Future LocalDateTime startsAt,
        @Schema(description = "活动阵地：本组织或上级组织的（见 /api/points/venues）；与 place 二者填一。"
                + "Where: a venue of the organisation or of one above it (listed at /api/points/venues); this or place.",
                example = "1893456789012345679")
        Long venueId,
        @Schema(description = "在活动阵地以外召开时的地点（如在革命纪念馆过主题党日）；与 venueId 二者填一。"
                + "Where, when held elsewhere than at a venue (a 主题党日 at a memorial site); this or venueId.",
                example = "昆山市革命烈士陵园")
        @Size(max = 100) String place,
        @Schema(description = "主题。What it is about.", example = "学习贯彻党的二十届四中全会精神")
        @NotBlank @Size(max = 200) String topic,
        @Schema(description = "应到党员；不填则为本支部全体在册党员（党小组会列出该小组的党员）。Who must attend; "
                + "none given: every active member of the branch (a Party group meeting lists the group's members).")
        @Size(max = 2_000) List<@NotNull Long> attendeeMemberIds) {

    public PlanMeetingRequest {
        place = place == null || place.isBlank() ? null : place.strip();
        topic = topic == null ? null : topic.strip();
        attendeeMemberIds = attendeeMemberIds == null ? List.of() : attendeeMemberIds;
    }
}
