package org.dangjian.org.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One field of an organisation that an edit changed, as the history keeps it (phones masked). */
record FieldChange(String field, String oldValue, String newValue) {
    static final String NAME = "name";
    static final String STATUS = "status";

    /** The fields that differ between two states of one organisation, in a fixed order. */
    static List<FieldChange> between(Org before, Org after) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, NAME, before.getName(), after.getName());
        add(changes, "shortName", before.getShortName(), after.getShortName());
        add(changes, "code", before.getCode(), after.getCode());
        add(changes, "type", name(before.getType()), name(after.getType()));
        add(changes, "category", name(before.getCategory()), name(after.getCategory()));
        add(changes, "sortOrder", str(before.getSortOrder()), str(after.getSortOrder()));
        add(changes, "secretary", before.getSecretary(), after.getSecretary());
        add(changes, "secretaryMemberId", str(before.getSecretaryMemberId()), str(after.getSecretaryMemberId()));
        // Ciphertexts differ on every encryption; the blind index says whether the number changed.
        if (!Objects.equals(before.getPhoneIdx(), after.getPhoneIdx())) {
            changes.add(new FieldChange("phone", before.getPhoneMasked(), after.getPhoneMasked()));
        }
        add(changes, "foundingDate", date(before.getFoundedOn()), date(after.getFoundedOn()));
        add(changes, STATUS, name(before.getStatus()), name(after.getStatus()));
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, String oldValue, String newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new FieldChange(field, oldValue, newValue));
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String str(Number value) {
        return value == null ? null : value.toString();
    }

    private static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
