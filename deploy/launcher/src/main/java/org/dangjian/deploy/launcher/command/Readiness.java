package org.dangjian.deploy.launcher.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dangjian.deploy.launcher.plan.Kind;
import org.dangjian.deploy.launcher.plan.Member;

/**
 * Waits for several processes at once, round after round (each probe gives up after 2 s, then a short
 * pause), and remembers when each became ready. Every watched JVM must stay alive meanwhile, and the whole
 * wait ends at the deadline ({@code DJ_UP_TIMEOUT} from the start).
 */
final class Readiness {
    private static final Duration PAUSE = Duration.ofMillis(500);

    private final Launcher launcher;
    private final Instant started;
    private final Instant deadline;
    private final Map<String, Duration> readyAfter = new HashMap<>();

    Readiness(Launcher launcher, Instant started) {
        this.launcher = launcher;
        this.started = started;
        this.deadline = started.plus(launcher.settings().upTimeout());
    }

    Instant started() {
        return started;
    }

    /** Time from the start until the member was ready, if this wait saw it become ready. */
    Optional<Duration> readyAfter(Member member) {
        return Optional.ofNullable(readyAfter.get(member.name()));
    }

    void await(List<Member> targets, List<Member> watched) {
        List<Member> pending = new ArrayList<>(targets);
        while (true) {
            Map<Member, CompletableFuture<Boolean>> probes = new LinkedHashMap<>();
            pending.forEach(m -> probes.put(m, launcher.health().ready(m)));
            CompletableFuture.allOf(probes.values().toArray(CompletableFuture[]::new)).join();
            Duration elapsed = Duration.between(started, Instant.now());
            probes.forEach((member, ready) -> {
                if (ready.join()) {
                    readyAfter.put(member.name(), elapsed);
                    pending.remove(member);
                    launcher.console().say("   " + announce(member) + " after " + seconds(elapsed));
                }
            });
            if (pending.isEmpty()) {
                return;
            }
            for (Member m : watched) {
                if (!launcher.isRunning(m)) {
                    throw launcher.failWithLog(m, m.name() + " exited while starting");
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw timedOut(pending.get(0));
            }
            pause();
        }
    }

    private RuntimeException timedOut(Member late) {
        long timeout = launcher.settings().upTimeout().toSeconds();
        if (late.kind() == Kind.INFRA) {
            return launcher.failWithLog(late, "local-infra not ready after " + timeout + "s");
        }
        Member gateway = launcher.lineup().gateway();
        if (late.kind() == Kind.SERVICE && launcher.isRunning(gateway)
                && launcher.health().status(launcher.health().url(gateway)).join() != 200) {
            LogTail.show(launcher.run().log(gateway.name()), 40, launcher.console());
        }
        return launcher.failWithLog(late, launcher.health().url(late) + " did not answer 200 within " + timeout + "s");
    }

    private String announce(Member member) {
        return switch (member.kind()) {
            case INFRA -> "infrastructure ready";
            case REGISTRY -> "registry healthy on port " + launcher.planner().registryPort();
            case GATEWAY -> "gateway healthy on " + launcher.settings().gatewayUrl();
            case SERVICE -> member.name() + " reachable through the gateway";
        };
    }

    static String seconds(Duration d) {
        return String.format("%.1fs", d.toMillis() / 1000.0);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
