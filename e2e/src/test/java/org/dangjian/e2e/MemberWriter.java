package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An administrator registering members one by one, ten a second, at most one call in flight, while the reliability
 * suite breaks something: counts the answers ("201", "503 SERVICE_UNAVAILABLE", ...) and keeps what was neither a
 * created member nor a problem its document lists (no answer at all, or an undocumented one) to fail the test.
 */
final class MemberWriter {
    private final Api.Session who;
    private final long branch;
    private final LocalDate firstBirth;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, Integer> answers = new ConcurrentSkipListMap<>();
    private final AtomicInteger created = new AtomicInteger();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    final List<String> failures = new CopyOnWriteArrayList<>();

    /** Members of {@code branch}, born a day apart from {@code firstBirth} (ID numbers apart from other writers'). */
    MemberWriter(Api.Session who, long branch, LocalDate firstBirth) {
        this.who = who;
        this.branch = branch;
        this.firstBirth = firstBirth;
    }

    MemberWriter start() {
        clock.scheduleWithFixedDelay(this::writeOne, 0, 100, TimeUnit.MILLISECONDS);
        return this;
    }

    void stop() throws InterruptedException {
        clock.shutdown();
        assertThat(clock.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    /** Members whose registration was answered 201. */
    int acknowledged() {
        return created.get();
    }

    /** Answers so far, by status and problem code. */
    Map<String, Integer> answers() {
        return new TreeMap<>(answers);
    }

    private void writeOne() {
        int i = next.getAndIncrement();
        LocalDate birth = firstBirth.plusDays(i);
        boolean male = i % 2 == 0;
        try {
            Api.Reply reply = who.post("/api/members", Map.of("orgId", String.valueOf(branch), "name", "逐个" + i,
                    "gender", male ? "MALE" : "FEMALE", "idNumber", IdNumbers.make(birth, male),
                    "birthDate", birth.toString(), "joinDate", birth.plusYears(25).toString(), "standing", "FULL"));
            if (reply.status() == 201) {
                created.incrementAndGet();
            } else if (!String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json")) {
                failures.add(reply.status() + " without a problem: " + reply.raw().body());
            }
            answers.merge(reply.status() == 201 ? "201" : reply.status() + " " + reply.code(), 1, Integer::sum);
        } catch (RuntimeException | AssertionError e) {
            // no answer (the connection broke), or one its document does not list
            failures.add(String.valueOf(e.getMessage()));
            answers.merge("no answer", 1, Integer::sum);
        }
    }
}
