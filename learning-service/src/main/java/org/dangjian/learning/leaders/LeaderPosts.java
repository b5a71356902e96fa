package org.dangjian.learning.leaders;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.cadre.CadreAppointmentChanged;
import org.dangjian.kit.events.EventInbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The members who sit on a Party organisation's committee (书记和班子成员), followed from cadre-service's
 * {@code cadre.appointment-changed}: the training plan asks 56 class hours a year of them, 32 of other members. A post
 * held at any time in a year counts for that year (a secretary elected in November owes the leaders' hours for it).
 * Residents' committee posts, graduate officials and community workers are not the Party committee, nor are cadres
 * who are not members.
 */
@Component
public class LeaderPosts {
    /** The posts of the Party organisation's committee. */
    static final Set<String> COMMITTEE = Set.of("SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER");
    private static final String CONSUMER = "learning-service.leader-posts";
    private final JdbcClient jdbc;
    private final EventInbox inbox;

    LeaderPosts(JdbcClient jdbc, EventInbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    /** Whether the member held a committee post at any time in {@code year}. */
    public boolean leaderIn(long memberId, int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM leader_post WHERE member_id = ? AND starts_on <= ?"
                        + " AND (ends_on IS NULL OR ends_on > ?))")
                .params(memberId, Date.valueOf(LocalDate.of(year, 12, 31)), Date.valueOf(LocalDate.of(year, 1, 1)))
                .query(Boolean.class).single();
    }

    /** Whether the member sits on a Party committee on {@code day} (a post taken up by then and not ended). */
    public boolean sitsOn(long memberId, LocalDate day) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM leader_post WHERE member_id = ? AND starts_on <= ?"
                        + " AND (ends_on IS NULL OR ends_on > ?))")
                .params(memberId, Date.valueOf(day), Date.valueOf(day)).query(Boolean.class).single();
    }

    @KafkaListener(topics = Topics.CADRE, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (!event.is(CadreAppointmentChanged.TYPE)) {
                return;
            }
            CadreAppointmentChanged e = event.as(CadreAppointmentChanged.class);
            if (e.memberId() == null || !COMMITTEE.contains(e.position())) {
                return;
            }
            // the appointment's latest state: taken up, its details corrected, or ended
            jdbc.sql("INSERT INTO leader_post (appointment_id, member_id, org_id, position, starts_on, ends_on)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE member_id = VALUES(member_id),"
                            + " org_id = VALUES(org_id), position = VALUES(position), starts_on = VALUES(starts_on),"
                            + " ends_on = VALUES(ends_on)")
                    .params(e.appointmentId(), e.memberId(), e.orgId(), e.position(), Date.valueOf(e.startsOn()),
                            e.endsOn() == null ? null : Date.valueOf(e.endsOn()))
                    .update();
        });
    }
}
