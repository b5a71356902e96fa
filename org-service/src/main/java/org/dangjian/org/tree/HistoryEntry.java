package org.dangjian.org.tree;

import java.time.LocalDateTime;

/**
 * One entry of an organisation's history: a rename, another field change (dissolving is a change of
 * {@code status}), or a move (field {@code parentId}, old and new parent ids; the paths in
 * {@code oldPath}/{@code newPath}). {@code changedBy} is the account id.
 */
public record HistoryEntry(Kind kind, String field, String oldValue, String newValue, String oldPath,
                           String newPath, Long changedBy, LocalDateTime changedAt) {

    public enum Kind {
        RENAME("更名"), CHANGE("修改"), DISSOLVE("撤销"), MOVE("调整隶属关系");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The Chinese name the portal shows. */
        public String label() {
            return label;
        }
    }

    /** A row of {@code org_change}. */
    record ChangeRow(String field, String oldValue, String newValue, Long changedBy, LocalDateTime changedAt) {
        HistoryEntry toEntry() {
            Kind kind = FieldChange.NAME.equals(field) ? Kind.RENAME
                    : FieldChange.STATUS.equals(field) && OrgStatus.DISSOLVED.name().equals(newValue) ? Kind.DISSOLVE
                    : Kind.CHANGE;
            return new HistoryEntry(kind, field, oldValue, newValue, null, null, changedBy, changedAt);
        }
    }

    /** A row of {@code org_move}. */
    record MoveRow(long oldParentId, long newParentId, String oldPath, String newPath, Long movedBy,
                   LocalDateTime movedAt) {
        HistoryEntry toEntry() {
            return new HistoryEntry(Kind.MOVE, "parentId", Long.toString(oldParentId), Long.toString(newParentId),
                    oldPath, newPath, movedBy, movedAt);
        }
    }
}
