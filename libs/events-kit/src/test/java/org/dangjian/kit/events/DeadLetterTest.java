package org.dangjian.kit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.kit.failure.InfrastructureFailures;
import org.dangjian.kit.testkit.UsesInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Issue 16 item 18: infrastructure failures are retried until they pass; dead letters are listed and replayed. */
@SpringBootTest(classes = EventsTestApplication.class)
@UsesInfrastructure(schema = "dj_events_test")
class DeadLetterTest {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired
    EventOutbox outbox;
    @Autowired
    DeadLetterBook deadLetters;
    @Autowired
    EventsTestApplication.CadreListener cadres;
    @Autowired
    EventsTestApplication.CadreArchive archive;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void anEventThatMeetsADatabaseOutageIsRetriedUntilTheDatabaseIsBackAndNeverDeadLettered() {
        long cadreId = Ids.unique();
        String key = Long.toString(cadreId);
        // Twice the attempts a poison message gets (1 + dj.events.retries=2) before its dead letter.
        cadres.databaseAwayFor.put(key, new AtomicInteger(6));

        appoint(cadreId);

        await().atMost(DEADLINE).until(() -> handled(cadres.handledBySubject, key) == 1);
        assertThat(cadres.attemptsBySubject.get(key)).hasValue(7);
        assertThat(deadLettersOf(key)).isZero();
    }

    @Test
    void aDeadLetterReplayedAfterTheFixIsHandledOnceAndOtherServicesSkipIt() {
        long cadreId = Ids.unique();
        String key = Long.toString(cadreId);
        appoint(cadreId);
        await().atMost(DEADLINE).until(() -> deadLettersOf(key) == 1);
        await().atMost(DEADLINE).until(() -> handled(archive.handledBySubject, key) == 1);
        DeadLetter dead = deadLetters.list(true, 0, 100).stream().filter(d -> key.equals(d.key())).findFirst()
                .orElseThrow();
        assertThat(dead.eventType()).isEqualTo(CadreAppointed.TYPE);
        assertThat(dead.consumerGroup()).isEqualTo("events-kit-test");
        assertThat(dead.error()).contains("cannot appoint cadre " + key);
        assertThat(dead.replayedAt()).isNull();
        // The archive handled it long ago; its inbox rows are pruned after a while.
        jdbc.update("DELETE FROM dj_inbox WHERE consumer = 'events-kit-test-archive.cadre'");

        cadres.repaired.add(key);
        DeadLetter replayed = deadLetters.replay(dead.id(), 42L, "10.1.2.3");

        assertThat(replayed.replayedAt()).isNotNull();
        assertThat(replayed.replayedBy()).isEqualTo(42L);
        await().atMost(DEADLINE).until(() -> handled(cadres.handledBySubject, key) == 1);
        // An event of the same cadre after the replay: when the archive has it, it has seen the replay too.
        long marker = Ids.unique();
        cadres.repaired.add(Long.toString(marker));
        appoint(marker);
        await().atMost(DEADLINE).until(() -> handled(archive.handledBySubject, Long.toString(marker)) == 1);
        assertThat(handled(archive.handledBySubject, key)).isEqualTo(1);
        assertThat(deadLetters.list(true, 0, 100)).noneMatch(d -> d.id() == dead.id());
        assertThat(jdbc.queryForObject("SELECT replayed_from FROM dj_dead_letter WHERE id = ?", String.class, dead.id()))
                .isEqualTo("10.1.2.3");
    }

    @Test
    void aDeadLetterIsReplayedOnlyOnceAndAnUnknownOneIsNotFound() {
        long cadreId = Ids.unique();
        String key = Long.toString(cadreId);
        appoint(cadreId);
        await().atMost(DEADLINE).until(() -> deadLettersOf(key) == 1);
        long id = jdbc.queryForObject("SELECT id FROM dj_dead_letter WHERE record_key = ?", Long.class, key);
        deadLetters.replay(id, 1L, "127.0.0.1");

        assertThatThrownBy(() -> deadLetters.replay(id, 1L, "127.0.0.1")).isInstanceOfSatisfying(
                DeadLetterRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(DeadLetterRefused.Reason.DEAD_LETTER_ALREADY_REPLAYED));
        assertThatThrownBy(() -> deadLetters.replay(-1, 1L, "127.0.0.1")).isInstanceOfSatisfying(
                DeadLetterRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(DeadLetterRefused.Reason.DEAD_LETTER_NOT_FOUND));
        // Still broken: the replay fails again and is a new dead letter, open.
        await().atMost(DEADLINE).until(() -> deadLettersOf(key) == 2);
        assertThat(deadLetters.list(true, 0, 100)).filteredOn(d -> key.equals(d.key())).hasSize(1);
    }

    @Test
    void failuresOfTheDatabaseOrTheNetworkAreInfrastructureAndThoseOfTheEventAreNot() {
        assertThat(InfrastructureFailures.isInfrastructure(new ListenerExecutionFailedException("listener failed",
                new CannotCreateTransactionException("no connection",
                        new SQLNonTransientConnectionException("Connection refused"))), MalformedEventException.class)).isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(
                new DataAccessResourceFailureException("Unable to connect to Redis"), MalformedEventException.class)).isTrue();
        assertThat(InfrastructureFailures.isInfrastructure(new ListenerExecutionFailedException("listener failed",
                new IllegalStateException("no such organisation")), MalformedEventException.class)).isFalse();
        assertThat(InfrastructureFailures.isInfrastructure(new DataIntegrityViolationException("duplicate"), MalformedEventException.class)).isFalse();
        assertThat(InfrastructureFailures.isInfrastructure(new MalformedEventException("no ce_id"), MalformedEventException.class)).isFalse();
    }

    private void appoint(long cadreId) {
        new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> outbox.add(new CadreAppointed(cadreId, "王五")));
    }

    private int deadLettersOf(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dj_dead_letter WHERE record_key = ?", Integer.class, key);
    }

    private static int handled(java.util.Map<String, AtomicInteger> handled, String key) {
        AtomicInteger count = handled.get(key);
        return count == null ? 0 : count.get();
    }
}
