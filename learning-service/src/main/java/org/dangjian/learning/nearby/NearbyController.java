package org.dangjian.learning.nearby;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Party organisations' activity venues near the caller. */
@RestController
@Tag(name = "附近的党组织", description = "按位置查找附近的党组织活动阵地。Party organisations' activity venues near a point.")
public class NearbyController {
    private final NearbyVenues venues;

    NearbyController(NearbyVenues venues) {
        this.venues = venues;
    }

    @GetMapping("/api/learning/nearby/venues")
    @Operation(operationId = "findNearbyVenues", summary = "查找附近的党组织活动阵地",
            description = "The activity venues of Party organisations within `radius` metres of the point, nearest first, "
                    + "with the distance in metres. Coordinates are answered in GCJ-02 (the datum of Chinese maps and "
                    + "WeChat's location); a point in WGS-84 (a GPS, a browser's geolocation) is converted when `datum` "
                    + "says so. For every signed-in user: venues are a city's public places.")
    @ApiResponse(responseCode = "200", description = "附近的阵地，由近及远。The venues, nearest first.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "坐标、半径或数量不合规。A coordinate, the radius or the count is out of "
            + "range (the field named), code VALIDATION_FAILED")
    public List<NearbyVenueView> near(
            @Parameter(description = "纬度。Latitude.", example = "31.391203")
            @RequestParam @DecimalMin("-90") @DecimalMax("90") double latitude,
            @Parameter(description = "经度。Longitude.", example = "120.958415")
            @RequestParam @DecimalMin("-180") @DecimalMax("180") double longitude,
            @Parameter(description = "坐标系，默认GCJ-02。The datum, GCJ-02 by default.")
            @RequestParam(defaultValue = "GCJ02") Datum datum,
            @Parameter(description = "半径（米），100至50000，默认5000。The radius in metres, 100 to 50,000.", example = "5000")
            @RequestParam(defaultValue = "5000") @Min(100) @Max(50_000) int radius,
            @Parameter(description = "最多返回几处，1至50，默认20。At most this many, 1 to 50.", example = "20")
            @RequestParam(defaultValue = "20") @Min(1) @Max(50) int count) {
        return venues.near(latitude, longitude, datum, radius, count);
    }
}
