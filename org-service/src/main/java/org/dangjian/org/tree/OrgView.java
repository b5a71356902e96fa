package org.dangjian.org.tree;

import java.time.LocalDate;

/**
 * An organisation as clients see it; the contact phone only masked. {@code secretary} is the secretary's name: the
 * holder of the post as cadre-service records it ({@code secretaryMemberId} when they are a member), or, for
 * organisations from before, as typed or picked then.
 */
public record OrgView(long id, Long parentId, String path, int depth, String code, String name, String shortName,
                      OrgType type, String typeLabel, OrgCategory category, String categoryLabel, int sortOrder,
                      OrgStatus status, String statusLabel, String secretary, Long secretaryMemberId, String phone, LocalDate foundingDate,
                      String pinyinInitials) {

    static OrgView of(Org o) {
        return new OrgView(o.getId(), o.getParentId(), o.getPath(), o.getDepth(), o.getCode(), o.getName(),
                o.getShortName(), o.getType(), o.getType().label(), o.getCategory(), o.getCategory().label(),
                o.getSortOrder() == null ? 0 : o.getSortOrder(), o.getStatus(), o.getStatus().label(),
                o.getSecretary(), o.getSecretaryMemberId(), o.getPhoneMasked(), o.getFoundedOn(), o.getPinyinInitials());
    }
}
