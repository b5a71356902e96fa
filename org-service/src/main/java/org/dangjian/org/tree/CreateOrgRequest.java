package org.dangjian.org.tree;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record CreateOrgRequest(
        @NotNull Long parentId,
        @NotBlank @Size(max = 100) String name,
        @NotNull OrgType type,
        @NotNull OrgCategory category,
        @Size(max = 64) @Pattern(regexp = OrgFields.CODE, message = "{dj.org.code.invalid}") String code,
        @Size(max = 50) String shortName,
        Integer sortOrder,
        @Size(max = 50) String secretary,
        @Pattern(regexp = OrgFields.PHONE_OR_EMPTY, message = "{dj.org.phone.invalid}") String phone,
        @PastOrPresent LocalDate foundingDate) {

    /** The first seven fields only, as callers wrote it before the secretary, phone and founding date. */
    public CreateOrgRequest(Long parentId, String name, OrgType type, OrgCategory category, String code,
                            String shortName, Integer sortOrder) {
        this(parentId, name, type, category, code, shortName, sortOrder, null, null, null);
    }
}
