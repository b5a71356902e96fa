package org.dangjian.learning.ranking;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dangjian.contracts.Topics;
import org.dangjian.contracts.points.PointsRankingVisibilityChanged;
import org.dangjian.kit.events.EventInbox;
import org.dangjian.kit.orgs.OrgRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The one rankings switch, points-service's, followed here: the Party school shows a ranking of people only where
 * the organisation turned rankings on. Each organisation's own latest setting is kept; a ranking of an organisation
 * is shown when the nearest organisation on its path (itself first) that has a setting says so, and none means off.
 * (points-service decides the same way; supervision-service will be the third to follow it, when the rule belongs in
 * a kit.)
 */
@Component
public class RankingSwitch {
    private static final String CONSUMER = "learning-service.rankings";
    private final JdbcClient jdbc;
    private final EventInbox inbox;

    RankingSwitch(JdbcClient jdbc, EventInbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    /** Whether rankings of the organisation at {@code orgPath} are shown. */
    public boolean shown(String orgPath) {
        List<Long> path = OrgRef.idsOnPath(orgPath);
        Map<Long, Boolean> set = new HashMap<>();
        jdbc.sql("SELECT org_id, shown FROM ranking_visibility WHERE org_id IN (:ids)").param("ids", path)
                .query(rs -> {
                    set.put(rs.getLong(1), rs.getBoolean(2));
                });
        for (int i = path.size() - 1; i >= 0; i--) {
            Boolean own = set.get(path.get(i));
            if (own != null) {
                return own;
            }
        }
        return false;
    }

    @KafkaListener(topics = Topics.POINTS, groupId = CONSUMER)
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (event.is(PointsRankingVisibilityChanged.TYPE)) {
                PointsRankingVisibilityChanged e = event.as(PointsRankingVisibilityChanged.class);
                // keyed by the organisation, so in order; a redelivered older change never overwrites a newer one
                jdbc.sql("INSERT INTO ranking_visibility (org_id, shown, changed_at) VALUES (?, ?, ?) ON DUPLICATE KEY"
                                + " UPDATE shown = IF(VALUES(changed_at) >= changed_at, VALUES(shown), shown),"
                                + " changed_at = GREATEST(changed_at, VALUES(changed_at))")
                        .params(e.orgId(), e.shown(), Timestamp.from(e.changedAt())).update();
            }
        });
    }
}
