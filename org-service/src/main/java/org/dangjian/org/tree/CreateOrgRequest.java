package org.dangjian.org.tree;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * {@code POST /api/orgs}. No secretary: the secretary is whoever cadre-service records as holding the post
 * ({@code cadre.appointment-changed}).
 */
public record CreateOrgRequest(
        @Schema(description = "上级组织。The parent organisation.") @NotNull Long parentId,
        @Schema(description = "组织全称。The full name.", example = "中共昆山市玉山镇城北社区支部委员会")
        @NotBlank @Size(max = 100) String name,
        @Schema(example = "BRANCH") @NotNull OrgType type,
        @Schema(example = "COMMUNITY") @NotNull OrgCategory category,
        @Schema(description = "组织编码，全市唯一，导入时据此引用上级组织。格式：所在地 GB/T 2260 行政区划代码（6 位）后接 1–6 段"
                + "大写字母或数字（每段 1–12 位，以连字符分隔），最长 64 位，如 320583-ZS-V001-2。"
                + "A city-wide unique code; imports refer to parents by it. Format: the GB/T 2260 code of the place (6 digits,"
                + " a known division), then 1-6 hyphen-separated segments of 1-12 upper-case letters or digits, at most 64"
                + " characters.", example = OrgCodes.EXAMPLE, pattern = OrgCodes.FORMAT)
        @Size(max = OrgCodes.MAX_LENGTH) @Pattern(regexp = OrgCodes.FORMAT, message = "{dj.org.code.invalid}") String code,
        @Schema(description = "简称。A short name.", example = "城北社区支部") @Size(max = 50) String shortName,
        @Schema(description = "同级中的排序，小的在前，默认 0。Order among siblings, smaller first (default 0).", example = "10")
        Integer sortOrder,
        @Schema(description = "联系电话：手机或固话。A mobile or landline number.", example = "0512-57501234")
        @Pattern(regexp = OrgFields.PHONE_OR_EMPTY, message = "{dj.org.phone.invalid}") String phone,
        @Schema(description = "成立日期。The founding date.", example = "2026-03-15") @PastOrPresent LocalDate foundingDate) {

    /** The first seven fields only, as callers wrote it before the phone and founding date. */
    public CreateOrgRequest(Long parentId, String name, OrgType type, OrgCategory category, String code,
                            String shortName, Integer sortOrder) {
        this(parentId, name, type, category, code, shortName, sortOrder, null, null);
    }
}
