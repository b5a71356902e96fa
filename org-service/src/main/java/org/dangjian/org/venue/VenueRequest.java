package org.dangjian.org.venue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public record VenueRequest(
        @Schema(description = "阵地名称。The venue's name.", example = "城北社区党群服务中心")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "地址。The address.", example = "江苏省昆山市玉山镇北门路 88 号")
        @NotBlank @Size(max = 200) String address,
        @Schema(description = "纬度。Latitude.", example = "31.391203")
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6) BigDecimal latitude,
        @Schema(description = "经度。Longitude.", example = "120.958415")
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6) BigDecimal longitude,
        @Schema(description = "面积（平方米）。The area in square metres.", example = "260.5")
        @PositiveOrZero @Digits(integer = 8, fraction = 2) BigDecimal areaSqm,
        @Schema(description = "设施说明。The facilities.", example = "会议室、党员活动室、电子阅览室")
        @Size(max = 500) String facilities) {
}
