package org.dangjian.org.tree;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * {@code PATCH /api/orgs/{id}}: a field left out (or null) stays as it is. An empty string clears the
 * optional text fields (short name, phone); the name and the code cannot be cleared, and the
 * code, once set, is meant to stay stable (imports refer to it).
 */
public record UpdateOrgRequest(
        @Schema(description = "组织全称。The full name.", example = "中共昆山市玉山镇城北社区委员会")
        @Size(min = 1, max = 100) @Pattern(regexp = OrgFields.NOT_BLANK, message = "{dj.org.name.blank}") String name,
        @Schema(description = "简称，空字符串清除。A short name; an empty string clears it.", example = "城北社区党委")
        @Size(max = 50) String shortName,
        @Schema(description = "组织编码，不能清除；格式同新建（如 320583-ZS-V001-2）。The code; cannot be cleared; the format of"
                + " the create request.", example = OrgCodes.EXAMPLE, pattern = OrgCodes.FORMAT)
        @Size(max = OrgCodes.MAX_LENGTH) @Pattern(regexp = OrgCodes.FORMAT, message = "{dj.org.code.invalid}") String code,
        @Schema(example = "COMMITTEE") OrgType type,
        OrgCategory category,
        @Schema(description = "同级中的排序，小的在前。Order among siblings, smaller first.") Integer sortOrder,
        @Schema(deprecated = true, description = "不再接受：书记以基层干部的任职记录为准（任命书记请到基层干部）。No longer"
                + " accepted (400 ORG_SECRETARY_APPOINTED_IN_CADRES): the secretary is the holder of the post as"
                + " cadre-service records it.", example = "1024")
        String secretaryMemberId,
        @Schema(description = "联系电话，空字符串清除。A mobile or landline number; an empty string clears it.",
                example = "13912345678")
        @Pattern(regexp = OrgFields.PHONE_OR_EMPTY, message = "{dj.org.phone.invalid}") String phone,
        @Schema(description = "成立日期。The founding date.", example = "2026-03-15") @PastOrPresent LocalDate foundingDate) {
}
