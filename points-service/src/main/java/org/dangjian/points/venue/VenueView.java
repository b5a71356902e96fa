package org.dangjian.points.venue;

import io.swagger.v3.oas.annotations.media.Schema;

/** A venue a meeting may be held at, as the meeting form offers it. */
@Schema(name = "MeetingVenueOption", description = "可用于会议的活动阵地（本组织及上级组织的）。A venue a meeting may use: "
        + "one of the organisation's own or of an organisation above it.")
public record VenueView(long id,
                        @Schema(description = "阵地所属组织。The organisation whose venue it is.") long orgId,
                        @Schema(description = "阵地所属组织名称。Its name.") String orgName,
                        @Schema(description = "名称。Name.", example = "玉山镇党群服务中心") String name,
                        @Schema(description = "地址。Address.", example = "昆山市玉山镇前进西路1号") String address) {
}
