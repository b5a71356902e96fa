package org.dangjian.member.record;

/**
 * Why a member left (state LEFT): transferred out of the city (转出) is not leaving the Party; the others
 * are. {@code UNSPECIFIED} marks records migrated from before issue 18 whose reason was no code (V9 keeps
 * their old wording in {@code status_reason}), so they stay visible for someone to correct.
 */
public enum LeaveReason {
    TRANSFERRED_OUT("转出"),
    WITHDREW("退党"),
    STRUCK_OFF("除名"),
    EXPELLED("开除党籍"),
    PROBATION_CANCELLED("取消预备党员资格"),
    DECEASED("死亡"),
    UNSPECIFIED("原因未登记");

    private final String label;

    LeaveReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
