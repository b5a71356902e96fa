package org.dangjian.recruitment.catalogue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A catalogue of development steps as loaded: the national one ships with the platform
 * ({@code catalogue/national.json}); a city loads its finer one (Kunshan: 43 steps refining the 25) as a new
 * version. Steps are listed in the order they unlock.
 */
public record CatalogueDocument(
        @Schema(description = "名称。The catalogue's name.", example = "昆山市发展党员全程纪实（43步）")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "依据。The rules it follows.", example = "中国共产党发展党员工作细则（2014）；昆山市委组织部细化流程")
        @NotBlank @Size(max = 300) String source,
        @Schema(description = "阶段，与全国流程的五个阶段一一对应（可改名称）。The five stages, in the national order (names may differ).")
        @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid Stage> stages,
        @Schema(description = "步骤，按解锁顺序。The steps, in the order they unlock.")
        @NotEmpty @Size(max = 120) List<@NotNull @Valid StepDefinition> steps) {
}
