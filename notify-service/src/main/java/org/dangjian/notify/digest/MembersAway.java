package org.dangjian.notify.digest;

import java.time.YearMonth;
import java.util.List;
import org.dangjian.contracts.member.MembersAwayListed;
import org.dangjian.contracts.member.MembersAwayListed.AwayMember;
import org.springframework.stereotype.Service;

/**
 * A branch's monthly list of mobile members long away ({@code member.members-away-listed}) becomes one item of the
 * daily digest of the branch's administrators and of those above it: "3 名流动党员外出满6个月，请提醒转接组织关系：…"
 * with the names. The item is keyed by branch and month, so a list announced twice in a month is one item.
 */
@Service
public class MembersAway {
    /** The subject column's width; the names that do not fit are summed up as "等". */
    private static final int SUBJECT_MAX = 200;
    private final DigestItems digest;

    MembersAway(DigestItems digest) {
        this.digest = digest;
    }

    public void collect(MembersAwayListed e) {
        if (e.members().isEmpty()) {
            return;
        }
        digest.collect("members-away:" + e.orgId() + ":" + YearMonth.from(e.asOf()), DigestItemKind.MEMBERS_AWAY,
                e.orgId(), e.orgPath(), subject(e), null);
    }

    static String subject(MembersAwayListed e) {
        List<AwayMember> away = e.members();
        String head = away.size() + " 名流动党员外出满" + e.awayAtLeastMonths() + "个月，请提醒转接组织关系：";
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < away.size(); i++) {
            String name = away.get(i).name() == null ? "党员" + away.get(i).memberId() : away.get(i).name();
            String next = (i == 0 ? "" : "、") + name;
            if (head.length() + names.length() + next.length() + 1 > SUBJECT_MAX) {
                names.append("等");
                break;
            }
            names.append(next);
        }
        return head + names;
    }
}
