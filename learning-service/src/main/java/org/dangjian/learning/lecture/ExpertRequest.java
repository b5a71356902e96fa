package org.dangjian.learning.lecture;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An expert put on an organisation's roster, or their entry changed. */
@Schema(name = "ExpertRequest", description = "登记或修改讲座专家。An expert on an organisation's roster.")
public record ExpertRequest(
        @Schema(description = "姓名。The expert's name.", example = "李明") @NotBlank @Size(max = 50) String name,
        @Schema(description = "职务职称或单位。Their title or institution.", example = "市委党校教授") @NotBlank @Size(max = 100)
        String title,
        @Schema(description = "擅长的讲座主题。What they lecture on.", example = "党史学习教育；基层治理") @NotBlank @Size(max = 500)
        String topics,
        @Schema(description = "专家所属组织（其下级组织可预约其讲座），默认为调用者所在组织；修改时不可变更。The organisation "
                + "whose roster holds the expert (its subtree may book their lectures), the caller's by default; "
                + "ignored on a change.") Long orgId) {
}
