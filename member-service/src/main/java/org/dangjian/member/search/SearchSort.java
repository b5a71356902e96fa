package org.dangjian.member.search;

import com.baomidou.mybatisplus.core.toolkit.support.SFunction;
import java.util.Map;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.Member;

/**
 * {@code sort=name} or {@code sort=joinDate,desc}: one of a few columns, ascending unless {@code desc}.
 * Ties are broken by id so that paging never shows a member twice or skips one.
 */
public record SearchSort(SFunction<Member, ?> column, boolean descending) {
    private static final Map<String, SFunction<Member, ?>> COLUMNS = Map.of(
            "id", Member::getId,
            "name", Member::getName,
            "birthDate", Member::getBirthDate,
            "joinDate", Member::getJoinDate);

    public static final SearchSort BY_ID = new SearchSort(Member::getId, false);

    public static SearchSort parse(String text) {
        if (text == null || text.isBlank()) {
            return BY_ID;
        }
        String[] parts = text.strip().split(",", -1);
        SFunction<Member, ?> column = COLUMNS.get(parts[0].strip());
        boolean valid = column != null && (parts.length == 1
                || parts.length == 2 && ("desc".equalsIgnoreCase(parts[1].strip()) || "asc".equalsIgnoreCase(parts[1].strip())));
        if (!valid) {
            throw ApiException.invalidField("sort", "MEMBER_SEARCH_SORT_UNKNOWN");
        }
        return new SearchSort(column, parts.length == 2 && "desc".equalsIgnoreCase(parts[1].strip()));
    }
}
