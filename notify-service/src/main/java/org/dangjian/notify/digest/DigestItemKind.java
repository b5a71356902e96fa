package org.dangjian.notify.digest;

/**
 * What a digest line is about: a warning about a member, a flag (six months, for people to weigh), an approval due, a
 * branch's mobile members long away (the monthly prompt to transfer), an organisation's quarterly update of its cadres
 * past due.
 */
public enum DigestItemKind {
    WARNING("党员预警"),
    FLAG("满六个月须研究处理"),
    TRANSFER_APPROVAL("组织关系转接待审批"),
    MEMBERS_AWAY("流动党员外出满期待提醒转接"),
    CADRE_QUARTER_OVERDUE("干部信息季度更新逾期");

    private final String label;

    DigestItemKind(String label) {
        this.label = label;
    }

    /** The Chinese label, as the portal and the API document show it. */
    public String label() {
        return label;
    }
}
