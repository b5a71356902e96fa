package org.dangjian.notify.digest;

import java.time.format.DateTimeFormatter;
import org.dangjian.contracts.cadre.CadreQuarterOverdue;
import org.springframework.stereotype.Service;

/**
 * An organisation's quarterly update of its cadres past due ({@code cadre.quarter-overdue}) becomes an item of the
 * daily digest of its administrators and of those above it: "2026年第四季度干部信息未按期确认（截止2027年1月10日）".
 * cadre-service announces it once and then weekly while it stays unconfirmed; each announcement is one item.
 */
@Service
public class CadreQuartersOverdue {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private final DigestItems digest;

    CadreQuartersOverdue(DigestItems digest) {
        this.digest = digest;
    }

    public void collect(String eventId, CadreQuarterOverdue e) {
        digest.collect(eventId, DigestItemKind.CADRE_QUARTER_OVERDUE, e.orgId(), e.orgPath(), subject(e), null);
    }

    static String subject(CadreQuarterOverdue e) {
        String label = e.quarterLabel() != null ? e.quarterLabel() : e.quarter();
        return label + "干部信息未按期确认（截止" + DAY.format(e.dueOn()) + "）";
    }
}
