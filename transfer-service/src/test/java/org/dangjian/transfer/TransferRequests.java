package org.dangjian.transfer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The bodies transfer tests send most: an in-city transfer as the city administrator registers it, a decision. */
public final class TransferRequests {
    private TransferRequests() {
    }

    /** {@code POST /api/transfers}: {@code member} moves to {@code toBranch} in a week; dues as points-service recorded. */
    public static Map<String, Object> inCity(long member, long toBranch, LocalDate today) {
        return Map.of("memberId", String.valueOf(member), "kind", "IN_CITY", "toOrgId", String.valueOf(toBranch),
                "reasonCode", "01", "plannedDate", today.plusDays(7).toString());
    }

    /** {@code POST /api/transfers}: {@code member} leaves the city for Shanghai (浦东新区, 310115) in a week. */
    public static Map<String, Object> outOfCity(long member, LocalDate today) {
        Map<String, Object> r = new HashMap<>();
        r.put("memberId", String.valueOf(member));
        r.put("kind", "OUT_OF_CITY");
        r.put("externalOrg", "中共上海市浦东新区张江镇委员会");
        r.put("externalRegion", "310115");
        r.put("externalAddress", "张江路 1 号");
        r.put("reasonCode", "01");
        r.put("plannedDate", today.plusDays(7).toString());
        return r;
    }

    /** The body of {@code approve}, {@code reject}, {@code cancel} or {@code arrive}, with or without a comment. */
    public static Map<String, Object> decision(String comment) {
        return comment == null ? Map.of() : Map.of("comment", comment);
    }
}
