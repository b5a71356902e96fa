package org.dangjian.contracts.points;

import java.time.Instant;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.Topics;

/**
 * An organisation turned its points rankings on ({@code shown}) or off, in points-service. The 2023 central
 * opinion against "fingertip formalism" (DOMAIN.md) makes rankings shown to nobody, administrators included,
 * unless the organisation turned them on. How a consumer that shows any ranking (the Party school,
 * supervision) follows the same switch: keep the latest setting per organisation; a ranking of an
 * organisation is shown when the nearest organisation on its path ({@code orgPath}, itself first, then up to
 * the root) that has a setting says {@code shown}; none at all means off. Announced when an organisation's
 * own setting changes (not when an ancestor's change reaches it); keyed by the organisation.
 */
public record PointsRankingVisibilityChanged(long orgId, String orgPath, boolean shown, long changedBy,
                                             Instant changedAt) implements IntegrationEvent {
    public static final String TYPE = "dj.points.ranking-visibility-changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventTopic() {
        return Topics.POINTS;
    }

    @Override
    public String eventSubject() {
        return Long.toString(orgId);
    }
}
