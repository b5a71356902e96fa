package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Reliability suite, crashes: a service killed with kill -9 (no shutdown hook, nothing flushed) while it works, then
 * started again. What a write acknowledged must have its effect on the consumers' side exactly once: org-service
 * counts an organisation's members from member-service's events, so its count must end equal to the members
 * member-service holds, never short of them (an event lost between commit and publish) and never over (one counted
 * twice after a redelivery). No event may land among the dead letters for it.
 */
@Order(Integer.MAX_VALUE - 3)
class CrashE2eTest {
    private static final List<String> HEADER = List.of("姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "学历",
            "所在组织编码", "人员类别", "入党日期", "转正日期");

    /**
     * member-service is killed the moment a 3,000-row import is acknowledged, while its relay is still publishing
     * the import's events from the outbox, and while an administrator keeps registering members one by one.
     */
    @Test
    void aProducerKilledBetweenCommitAndPublishLosesNoEventAndDoublesNone() throws Exception {
        Platform platform = Platform.get();
        TransferTree tree = new TransferTree(platform);
        int deadLettersBefore = Effects.deadLetters(tree.city);
        byte[] sheet = sheet(tree.branchACode, LocalDate.of(1935, 1, 1), 3_000);

        Api.Reply imported = importWhenBranchKnown(tree.city, sheet);
        platform.kill("member-service");
        int countedAtKill = Effects.orgMembers(tree.city, tree.branchA);
        assertThat(imported.body().get("imported").asInt()).isEqualTo(3_000);

        // the one-by-one writer starts during the outage: 503s while member-service is down, then 201s
        MemberWriter writer = new MemberWriter(tree.town1Admin, tree.branchA, LocalDate.of(1948, 1, 1)).start();
        long down = System.nanoTime();
        platform.start("member-service");
        long restartSeconds = (System.nanoTime() - down) / 1_000_000_000;
        await().atMost(Duration.ofSeconds(60)).until(() -> writer.acknowledged() >= 5);
        writer.stop();

        int acknowledged = 3_000 + writer.acknowledged();
        int[] counts = new int[2];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            // -1 while the restarted service's first answers still outlast the gateway's limit
            counts[0] = Effects.memberTotalOnceAnswering(tree.city, tree.branchA);
            counts[1] = Effects.orgMembersOnceAnswering(tree.city, tree.branchA);
            return counts[1] >= counts[0] && counts[0] >= acknowledged;
        });
        System.out.printf("Crash, producer: member-service killed as a 3,000-row import was acknowledged (org-service"
                        + " had counted %d of them); back in %d s; one-by-one writes %s; acknowledged %d, member-service"
                        + " holds %d, org-service counts %d%n", countedAtKill, restartSeconds, writer.answers(),
                acknowledged, counts[0], counts[1]);
        Reliability.record("kill -9 between commit and publish", "acknowledged %d (import of 3,000, %d at the kill counted), effects %d: %d lost, %d doubled"
                .formatted(acknowledged, countedAtKill, counts[1], Math.max(0, counts[0] - counts[1]),
                        Math.max(0, counts[1] - counts[0])));
        assertThat(writer.failures).as("one-by-one writes answered neither with a status the document lists").isEmpty();
        assertThat(counts[1]).as("members org-service counted, against those member-service holds").isEqualTo(counts[0]);
        // a registration in flight at the kill may have committed without its answer: at most one more than acknowledged
        assertThat(counts[0]).as("members held, against writes acknowledged").isBetween(acknowledged, acknowledged + 1);
        assertThat(Effects.deadLetters(tree.city)).as("dead letters").isEqualTo(deadLettersBefore);
    }

    /** org-service is killed while it counts a 5,000-row import's events, then started again. */
    @Test
    void aConsumerKilledMidBatchCountsEveryEventOnce() throws Exception {
        Platform platform = Platform.get();
        TransferTree tree = new TransferTree(platform);
        int deadLettersBefore = Effects.deadLetters(tree.city);
        byte[] sheet = sheet(tree.branchACode, LocalDate.of(1941, 1, 1), 5_000);

        Api.Reply imported = importWhenBranchKnown(tree.city, sheet);
        assertThat(imported.body().get("imported").asInt()).isEqualTo(5_000);
        int[] counted = new int[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            counted[0] = Effects.orgMembers(tree.city, tree.branchA);
            return counted[0] > 0;
        });
        platform.kill("org-service");
        assertThat(counted[0]).as("org-service was still counting when it was killed").isLessThan(5_000);

        long down = System.nanoTime();
        platform.start("org-service");
        long restartSeconds = (System.nanoTime() - down) / 1_000_000_000;
        // the city administrator's access token did not outlive the outage: sign in again, retrying on 503 as the
        // portal does while the gateway's circuit breaker for org-service is still open
        Api.Reply[] signIn = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            signIn[0] = tree.api.send("POST", "/api/auth/login", Map.of("username", "admin", "password",
                    Platform.ADMIN_PASSWORD), null, Map.of());
            return signIn[0].status() != 503;
        });
        long signInSeconds = (System.nanoTime() - down) / 1_000_000_000;
        Api.Session city = tree.api.session(signIn[0]);
        int[] after = new int[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            after[0] = Effects.orgMembersOnceAnswering(city, tree.branchA);
            return after[0] >= 5_000;
        });
        System.out.printf("Crash, consumer: org-service killed with %d of 5,000 counted; started again in %d s, signing in"
                + " after %d s; counted %d%n", counted[0], restartSeconds, signInSeconds, after[0]);
        Reliability.record("consumer killed mid-batch", "5,000 events, killed at %d counted, effects after restart %d: %d lost, %d doubled"
                .formatted(counted[0], after[0], Math.max(0, 5_000 - after[0]), Math.max(0, after[0] - 5_000)));
        assertThat(after[0]).as("members counted after the restart").isEqualTo(5_000);
        assertThat(Effects.memberTotal(city, tree.branchA)).isEqualTo(5_000);
        assertThat(Effects.deadLetters(city)).as("dead letters").isEqualTo(deadLettersBefore);
    }

    /** Full members of one branch, born a day apart from {@code firstBirth}, without phones. */
    private static byte[] sheet(String branchCode, LocalDate firstBirth, int count) {
        int salt = ThreadLocalRandom.current().nextInt(500);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate birth = firstBirth.plusDays(i / 2);
            boolean male = i % 2 == 0;
            LocalDate joined = birth.plusYears(25);
            rows.add(List.of("批量" + i, male ? "男" : "女", "汉族", birth.toString(),
                    ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, birth, male, salt), "", "大学本科", branchCode,
                    "正式党员", joined.toString(), joined.plusYears(1).toString()));
        }
        return Sheets.xlsx("党员", HEADER, rows);
    }

    /** The import, once member-service has learnt the new branch from org-service's events. */
    private static Api.Reply importWhenBranchKnown(Api.Session city, byte[] sheet) {
        Api.Reply[] imported = new Api.Reply[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            imported[0] = city.upload("/api/members/import", "members.xlsx", Sheets.XLSX, sheet);
            return imported[0].status() == 200;
        });
        assertThat(imported[0].status()).as(imported[0].raw().body()).isEqualTo(200);
        return imported[0];
    }
}
