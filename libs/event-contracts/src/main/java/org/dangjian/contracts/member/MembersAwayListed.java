package org.dangjian.contracts.member;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * The monthly list of one branch's mobile members (流动党员) away {@code awayAtLeastMonths} months or more on
 * {@code asOf}, the day member-service's monthly job ran: away six months or more at one place, a member should
 * transfer their relationship there (DOMAIN.md, "Relationship transfer"; issue 18 item 10). One event per branch
 * with anyone to list, none for a branch without; notify-service makes it an item of the daily digest of the
 * branch's administrators and of those above it. On {@link Topics#MEMBER}, keyed by the branch ({@code orgId}):
 * it is about a branch's members, not about one of them.
 */
public record MembersAwayListed(long orgId, String orgPath, LocalDate asOf, int awayAtLeastMonths,
                                List<AwayMember> members) implements IntegrationEvent {
    public static final String TYPE = "dj.member.members-away-listed.v1";

    public MembersAwayListed {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** One member away: since when, and where to (GB/T 2260 region code, null when not recorded). */
    public record AwayMember(long memberId, String name, String region, LocalDate since) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.MEMBER;
    }

    @Override
    public String eventSubject() {
        return Long.toString(orgId);
    }
}
