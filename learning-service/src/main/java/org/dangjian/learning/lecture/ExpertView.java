package org.dangjian.learning.lecture;

import io.swagger.v3.oas.annotations.media.Schema;

/** An expert as the roster shows them. */
@Schema(name = "Expert", description = "讲座专家。An expert who gives lectures.")
public record ExpertView(
        @Schema(description = "专家编号。The expert's id.") long id,
        @Schema(description = "所属组织编号。The organisation whose roster holds them.") long orgId,
        @Schema(description = "所属组织名称。That organisation's name.") String orgName,
        @Schema(description = "姓名。Name.") String name,
        @Schema(description = "职务职称或单位。Title or institution.") String title,
        @Schema(description = "擅长的讲座主题。What they lecture on.") String topics) {
}
