package org.dangjian.org.tree;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * {@code PATCH /api/orgs/{id}}: a field left out (or null) stays as it is. An empty string clears the
 * optional text fields (short name, secretary, phone); the name and the code cannot be cleared, and the
 * code, once set, is meant to stay stable (imports refer to it).
 */
public record UpdateOrgRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = OrgFields.NOT_BLANK, message = "{dj.org.name.blank}") String name,
        @Size(max = 50) String shortName,
        @Size(max = 64) @Pattern(regexp = OrgFields.CODE, message = "{dj.org.code.invalid}") String code,
        OrgType type,
        OrgCategory category,
        Integer sortOrder,
        @Size(max = 50) String secretary,
        @Pattern(regexp = OrgFields.PHONE_OR_EMPTY, message = "{dj.org.phone.invalid}") String phone,
        @PastOrPresent LocalDate foundingDate) {
}
