package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.contracts.IntegrationEvent;
import org.dangjian.contracts.org.OrgCreated;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class EventOutboxTest {
    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final EventOutbox outbox = new EventOutbox(jdbc, wakeUps::incrementAndGet, Clock.systemUTC(),
            EventTracing.NONE);

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void withoutATransactionNothingIsWritten() {
        assertThatThrownBy(() -> outbox.add(orgCreated())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
        verifyNoInteractions(jdbc);
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void theRelayIsWokenAfterTheCommitNotBefore() {
        beginTransaction();
        outbox.add(orgCreated());
        assertThat(wakeUps).hasValue(0);

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void anEventForAnUndeclaredTopicIsRefused() {
        beginTransaction();
        IntegrationEvent stray = new IntegrationEvent() {
            @Override
            public String eventType() {
                return "dj.stray.v1";
            }

            @Override
            public String eventTopic() {
                return "dj.stray.v1";
            }

            @Override
            public String eventSubject() {
                return "1";
            }
        };
        assertThatThrownBy(() -> outbox.add(stray)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Topics.ALL");
        verifyNoInteractions(jdbc);
    }

    private static void beginTransaction() {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setActualTransactionActive(true);
    }

    private static OrgCreated orgCreated() {
        return new OrgCreated(3L, 1L, "/1/3/", "C3", "第三支部", "BRANCH", "PARTY");
    }
}
