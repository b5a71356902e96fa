package org.dangjian.cadre.training;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.learning.LearningHoursEarned;
import org.dangjian.kit.events.EventInbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The class hours every member earns in the Party school, added up per member and year from learning-service's
 * {@code learning.hours-earned}, once per event: a member cadre's training shows them without anyone typing them,
 * hours earned before the member became a cadre included.
 */
@Component
class PartySchoolHours {
    static final String CONSUMER = "cadre-service.party-school-hours";
    private final EventInbox inbox;
    private final JdbcClient jdbc;

    PartySchoolHours(EventInbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = Topics.LEARNING, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(LearningHoursEarned.TYPE)) {
                LearningHoursEarned e = event.as(LearningHoursEarned.class);
                jdbc.sql("INSERT INTO party_school_hours (member_id, year, hours) VALUES (?, ?, ?)"
                                + " ON DUPLICATE KEY UPDATE hours = hours + VALUES(hours)")
                        .params(e.memberId(), e.earnedOn().getYear(), e.hours()).update();
            }
        });
    }
}
