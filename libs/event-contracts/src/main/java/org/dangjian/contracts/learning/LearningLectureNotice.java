package org.dangjian.contracts.learning;

import java.time.LocalDateTime;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * Something an organisation must hear about its booking of an expert lecture: {@code notice} is BOOKED (the booking
 * stands; {@code cancelUntil} says until when it may be given up), CANCELLED (the booking organisation gave it up: for
 * the offering organisation, whose place is free again), WITHDRAWN (the offering organisation called the lecture off)
 * or DUE_SOON (the lecture is near: a reminder, once per booking). Carries what a notice says, so notify-service
 * texts the administrators of {@code orgId} (or, for CANCELLED, of {@code offeringOrgId}) without calling back.
 * Times are local in the platform's zone. Keyed by the booking, so its notices arrive in order.
 */
public record LearningLectureNotice(long bookingId, long slotId, String notice, long orgId, String orgPath,
                                    String orgName, long offeringOrgId, String expertName, String topic,
                                    LocalDateTime startsAt, String place, LocalDateTime cancelUntil)
        implements IntegrationEvent {
    public static final String TYPE = "dj.learning.lecture-notice.v1";
    public static final String BOOKED = "BOOKED";
    public static final String CANCELLED = "CANCELLED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String DUE_SOON = "DUE_SOON";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.LEARNING;
    }

    @Override
    public String eventSubject() {
        return Long.toString(bookingId);
    }
}
