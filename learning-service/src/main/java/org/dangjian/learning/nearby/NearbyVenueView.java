package org.dangjian.learning.nearby;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A Party organisation's activity venue near the caller. */
@Schema(name = "NearbyVenue", description = "附近的党组织活动阵地。A Party organisation's activity venue nearby.")
public record NearbyVenueView(
        @Schema(description = "阵地编号。The venue.") long venueId,
        @Schema(description = "所属组织。Its organisation.") long orgId,
        @Schema(description = "组织名称。The organisation's name.") String orgName,
        @Schema(description = "阵地名称。The venue's name.") String name,
        @Schema(description = "地址。Address.") String address,
        @Schema(description = "纬度（GCJ-02）。Latitude, GCJ-02.") BigDecimal latitude,
        @Schema(description = "经度（GCJ-02）。Longitude, GCJ-02.") BigDecimal longitude,
        @Schema(description = "距离（米）。Distance in metres.") int distanceMetres) {
}
