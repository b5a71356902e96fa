package org.dangjian.transfer;

import java.time.LocalDate;
import java.util.Map;

/** The bodies transfer tests send most: an in-city transfer as the city administrator registers it, a decision. */
public final class TransferRequests {
    private TransferRequests() {
    }

    /** {@code POST /api/transfers}: {@code member} moves to {@code toBranch} in a week; dues paid to 2026-10. */
    public static Map<String, Object> inCity(long member, long toBranch, LocalDate today) {
        return Map.of("memberId", String.valueOf(member), "kind", "IN_CITY", "toOrgId", String.valueOf(toBranch),
                "reason", "工作调动", "plannedDate", today.plusDays(7).toString(), "duesPaidUntil", "2026-10");
    }

    /** The body of {@code approve}, {@code reject}, {@code cancel} or {@code arrive}, with or without a comment. */
    public static Map<String, Object> decision(String comment) {
        return comment == null ? Map.of() : Map.of("comment", comment);
    }
}
