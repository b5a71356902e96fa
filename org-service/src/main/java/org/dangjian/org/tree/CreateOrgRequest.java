package org.dangjian.org.tree;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CreateOrgRequest(
        @NotNull Long parentId,
        @NotBlank @Size(max = 100) String name,
        @NotNull OrgType type,
        @NotNull OrgCategory category,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
        @Size(max = 50) String shortName,
        Integer sortOrder) {
}
