package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Reliability suite, outages: Kafka and then MariaDB go away for a while (local-infra's control endpoint stops them
 * and starts them again on the same ports with the same data) while an administrator registers members one by one.
 * How long each stays away is a setting: {@code dj.e2e.broker-down-seconds} (20 in CI) and
 * {@code dj.e2e.database-down-seconds} (10).
 */
@Order(Integer.MAX_VALUE - 3)
class OutageE2eTest {
    private static final Duration BROKER_DOWN = Duration.ofSeconds(Integer.getInteger("dj.e2e.broker-down-seconds", 20));
    private static final Duration DATABASE_DOWN = Duration.ofSeconds(Integer.getInteger("dj.e2e.database-down-seconds", 10));

    /**
     * Writes commit to the database with their events in the outbox, so they succeed while the broker is down; the
     * relay publishes once it is back, and org-service's counts catch up to exactly the members written.
     */
    @Test
    void writesSucceedWhileTheBrokerIsDownAndEveryEventArrivesAfter() throws Exception {
        Platform platform = Platform.get();
        TransferTree tree = new TransferTree(platform);
        int deadLettersBefore = Effects.deadLetters(tree.city);
        MemberWriter writer = new MemberWriter(tree.branchAAdmin, tree.branchA, LocalDate.of(1925, 1, 1)).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> writer.acknowledged() >= 5);

        platform.infra("kafka/stop");
        long stopped = System.nanoTime();
        int beforeOutage = writer.acknowledged();
        int countedBefore = Effects.orgMembers(tree.city, tree.branchA);
        await().atMost(BROKER_DOWN.plusSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> System.nanoTime() - stopped >= BROKER_DOWN.toNanos());
        int duringOutage = writer.acknowledged() - beforeOutage;
        int countedDuring = Effects.orgMembers(tree.city, tree.branchA);
        platform.infra("kafka/start");
        long started = System.nanoTime();
        int afterOutage = writer.acknowledged();
        await().atMost(Duration.ofSeconds(60)).until(() -> writer.acknowledged() >= afterOutage + 5);
        writer.stop();

        int acknowledged = writer.acknowledged();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> Effects.orgMembers(tree.city, tree.branchA) >= acknowledged);
        long caughtUp = (System.nanoTime() - started) / 1_000_000;
        int counted = Effects.orgMembers(tree.city, tree.branchA);
        int held = Effects.memberTotal(tree.city, tree.branchA);
        System.out.printf("Outage, broker: Kafka down %d s; writes %s (%d acknowledged while it was down, org-service's"
                        + " count stood at %d then %d); after it came back org-service caught up in %d ms: acknowledged %d,"
                        + " held %d, counted %d%n", BROKER_DOWN.toSeconds(), writer.answers(), duringOutage, countedBefore,
                countedDuring, caughtUp, acknowledged, held, counted);
        Reliability.record("broker down", "Kafka down %d s: writes %s (%d during the outage), acknowledged %d, effects %d: %d lost, %d doubled"
                .formatted(BROKER_DOWN.toSeconds(), writer.answers(), duringOutage, acknowledged, counted,
                        Math.max(0, acknowledged - counted), Math.max(0, counted - acknowledged)));
        assertThat(writer.failures).as("writes without an answer the document lists").isEmpty();
        assertThat(writer.answers().keySet()).as("every write succeeded, broker or no broker").containsOnly("201");
        assertThat(duringOutage).as("writes acknowledged while the broker was down").isGreaterThan(0);
        assertThat(held).as("members held, against writes acknowledged").isEqualTo(acknowledged);
        assertThat(counted).as("members org-service counted").isEqualTo(acknowledged);
        assertThat(Effects.deadLetters(tree.city)).as("dead letters").isEqualTo(deadLettersBefore);
    }

    /**
     * While MariaDB restarts, a write gets a 503 problem (try again) within seconds, and none that was refused is
     * kept; once it is back, writes succeed again and every event arrives, none in a dead letter.
     */
    @Test
    void aDatabaseRestartAnswers503MeanwhileAndKeepsNothingHalfWay() throws Exception {
        Platform platform = Platform.get();
        TransferTree tree = new TransferTree(platform);
        int deadLettersBefore = Effects.deadLetters(tree.city);
        // a fresh sign-in: the access token outlives the outage, which a refresh (org-service's database) would not
        Api.Session writerSession = tree.branchAAdminSignedInAgain();
        MemberWriter writer = new MemberWriter(writerSession, tree.branchA, LocalDate.of(1919, 1, 1)).start();
        await().atMost(Duration.ofSeconds(60)).until(() -> writer.acknowledged() >= 5);

        platform.infra("db/stop");
        long stopped = System.nanoTime();
        await().atMost(DATABASE_DOWN.plusSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> System.nanoTime() - stopped >= DATABASE_DOWN.toNanos());
        Map<String, Integer> duringOutage = writer.answers();
        platform.infra("db/start");
        long started = System.nanoTime();
        int afterOutage = writer.acknowledged();
        await().atMost(Duration.ofSeconds(90)).until(() -> writer.acknowledged() >= afterOutage + 5);
        long writingAgain = (System.nanoTime() - started) / 1_000_000;
        writer.stop();

        // the city administrator's token is renewed through org-service, whose database is back
        Api.Session city = tree.api.login("admin", Platform.ADMIN_PASSWORD);
        int acknowledged = writer.acknowledged();
        // org-service, its database just back, may still answer a poll 503 (try again): the poll asks again
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> Effects.orgMembersOnceAnswering(city, tree.branchA) >= acknowledged);
        int counted = Effects.orgMembers(city, tree.branchA);
        int held = Effects.memberTotal(city, tree.branchA);
        System.out.printf("Outage, database: MariaDB down %d s; writes %s (up to the restart %s); writing again %d ms"
                        + " after it; acknowledged %d, held %d, counted %d%n", DATABASE_DOWN.toSeconds(), writer.answers(),
                duringOutage, writingAgain, acknowledged, held, counted);
        Reliability.record("database restart", "MariaDB down %d s: writes %s, acknowledged %d, held %d (%d kept half-way), counted %d"
                .formatted(DATABASE_DOWN.toSeconds(), writer.answers(), acknowledged, held, Math.max(0, held - acknowledged),
                        counted));
        assertThat(writer.failures).as("writes without an answer the document lists").isEmpty();
        // a 401 TOKEN_EXPIRED only when the writer's token ran out while its renewal (org-service's database) was
        // still answering 503: the client's view of the same outage, not a failure of member-service
        assertThat(writer.answers().keySet()).as("a created member or a 503 to try again, nothing else")
                .isSubsetOf(Set.of("201", "503 SERVICE_UNAVAILABLE", "401 TOKEN_EXPIRED"));
        assertThat(duringOutage).as("the outage was felt").containsKey("503 SERVICE_UNAVAILABLE");
        assertThat(held).as("members held, against writes acknowledged (a refused write kept would be more)")
                .isEqualTo(acknowledged);
        assertThat(counted).as("members org-service counted").isEqualTo(acknowledged);
        assertThat(Effects.deadLetters(city)).as("dead letters").isEqualTo(deadLettersBefore);
    }
}
