package org.dangjian.notify.inbound;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.points.PointsMeetingAnnounced;
import org.dangjian.contracts.points.PointsMeetingLeaveDecided;
import org.dangjian.contracts.points.PointsWarningRaised;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.scope.Unscoped;
import org.dangjian.notify.digest.DigestItemKind;
import org.dangjian.notify.digest.DigestItems;
import org.dangjian.notify.message.MessageQueue;
import org.dangjian.notify.template.MessageKind;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A points warning goes to the administrators of the member's branch and of the organisations above it, never to
 * the member: it asks the branch to look after someone, and a flag at six months is for people to weigh, not a
 * verdict. Not one SMS per warning: it waits for each administrator's daily digest ({@code digest}). A planned
 * meeting, or its cancellation, goes to each attendee by their usual channel (quiet hours and the daily limit
 * apply: a notice is not urgent); so does the branch's decision on a member's leave, to that member.
 */
@Component
class PointsMessages {
    private static final String CONSUMER = "notify-service.points";
    private static final DateTimeFormatter MEETING_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private final EventInbox inbox;
    private final DigestItems digest;
    private final MessageQueue queue;
    private final OrgDirectory orgs;

    PointsMessages(EventInbox inbox, DigestItems digest, MessageQueue queue, OrgDirectory orgs) {
        this.inbox = inbox;
        this.digest = digest;
        this.queue = queue;
        this.orgs = orgs;
    }

    @KafkaListener(topics = Topics.POINTS, groupId = CONSUMER)
    @Unscoped(ConsumerScope.MESSAGES)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(PointsWarningRaised.TYPE)) {
                warn(event.id(), event.as(PointsWarningRaised.class));
            } else if (event.is(PointsMeetingAnnounced.TYPE)) {
                announce(event.id(), event.as(PointsMeetingAnnounced.class));
            } else if (event.is(PointsMeetingLeaveDecided.TYPE)) {
                tellLeaveDecision(event.id(), event.as(PointsMeetingLeaveDecided.class));
            }
        });
    }

    private void warn(String eventId, PointsWarningRaised e) {
        String subject = (e.memberName() == null ? "党员" + e.memberId() : e.memberName()) + "：连续" + e.months() + "个月"
                + ("DUES_UNPAID".equals(e.kind()) ? "未交纳党费" : "未参加组织生活");
        digest.collect(eventId, "FLAG".equals(e.level()) ? DigestItemKind.FLAG : DigestItemKind.WARNING, e.orgId(),
                e.orgPath(), subject, null);
    }

    private void announce(String eventId, PointsMeetingAnnounced e) {
        Map<String, String> values = Map.of(
                "org", orgName(e.orgId(), e.orgName()),
                "meeting", e.typeLabel() == null ? "会议" : e.typeLabel(),
                "time", MEETING_TIME.format(e.startsAt()),
                "place", e.place() == null ? "" : e.place(),
                "topic", e.topic() == null ? "" : e.topic());
        MessageKind kind = e.cancelled() ? MessageKind.MEETING_CANCELLED : MessageKind.MEETING_ANNOUNCED;
        e.attendeeMemberIds().forEach(member -> queue.enqueueToMember(eventId, member, kind, values));
    }

    /** The member who asked for leave is told the branch's decision, and when refused, why and where to be. */
    private void tellLeaveDecision(String eventId, PointsMeetingLeaveDecided e) {
        Map<String, String> values = new HashMap<>(Map.of(
                "org", orgName(e.orgId(), e.orgName()),
                "meeting", e.typeLabel() == null ? "会议" : e.typeLabel(),
                "time", MEETING_TIME.format(e.startsAt()),
                "topic", e.topic() == null ? "" : e.topic()));
        if (!e.approved()) {
            values.put("reason", e.reason() == null ? "" : e.reason());
            values.put("place", e.place() == null ? "会场" : e.place());
        }
        queue.enqueueToMember(eventId, e.memberId(),
                e.approved() ? MessageKind.MEETING_LEAVE_APPROVED : MessageKind.MEETING_LEAVE_REFUSED, values);
    }

    private String orgName(long orgId, String announced) {
        return announced == null ? orgs.find(orgId).map(OrgRef::name).orElse("党支部") : announced;
    }
}
