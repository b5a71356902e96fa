package org.dangjian.contracts.cadre;

import java.time.LocalDate;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * A cadre took up a post in an organisation or left it, in cadre-service: {@code current} says whether the
 * appointment holds after this change ({@code endsOn} is set once it ended). {@code position} is one of
 * cadre-service's positions (SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, RESIDENTS_DIRECTOR, RESIDENTS_MEMBER,
 * GRADUATE_OFFICIAL, COMMUNITY_WORKER); {@code memberId} is null for a cadre who is not a Party member. An
 * organisation has at most one current SECRETARY, so org-service shows the secretary from these events.
 * Keyed by the organisation: one organisation's changes arrive in the order they were made.
 */
public record CadreAppointmentChanged(long appointmentId, long cadreId, Long memberId, String name, long orgId,
                                      String orgPath, String position, LocalDate startsOn, LocalDate endsOn,
                                      boolean current) implements IntegrationEvent {
    public static final String TYPE = "dj.cadre.appointment-changed.v1";
    public static final String SECRETARY = "SECRETARY";

    public boolean secretary() {
        return SECRETARY.equals(position);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.CADRE;
    }

    @Override
    public String eventSubject() {
        return Long.toString(orgId);
    }
}
