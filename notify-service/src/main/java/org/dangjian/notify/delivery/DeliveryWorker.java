package org.dangjian.notify.delivery;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.notify.directory.Recipient;
import org.dangjian.notify.directory.WechatConsents;
import org.dangjian.notify.message.Channel;
import org.dangjian.notify.message.DeliverySignal;
import org.dangjian.notify.message.HeldReason;
import org.dangjian.notify.message.Message;
import org.dangjian.notify.message.NotifyProperties;
import org.dangjian.notify.message.SendPolicy;
import org.dangjian.notify.template.MessageKind;
import org.dangjian.notify.template.Template;
import org.dangjian.notify.template.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends due messages: claims a batch, hands each to its channel's provider through that channel's
 * circuit breaker (a failing provider is left alone for a while instead of hammered), and records the
 * outcome: sent, tried again later with exponential back-off, held for the morning, or failed for good.
 * Runs on every replica.
 */
class DeliveryWorker implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final DeliveryStore store;
    private final Map<Channel, ChannelRoute> routes;
    private final Templates templates;
    private final SendPolicy policy;
    private final NotifyProperties settings;
    private final DeliverySignal signal;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final WechatConsents consents;
    private final Clock clock;
    private ExecutorService calls;
    private Thread loop;
    private volatile boolean running;

    DeliveryWorker(DeliveryStore store, Map<Channel, ChannelRoute> routes, Templates templates, SendPolicy policy,
                   NotifyProperties settings, DeliverySignal signal, FieldCipher cipher, JsonMapper json,
                   WechatConsents consents, Clock clock) {
        this.store = store;
        this.routes = routes;
        this.templates = templates;
        this.policy = policy;
        this.settings = settings;
        this.signal = signal;
        this.cipher = cipher;
        this.json = json;
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        calls = Executors.newFixedThreadPool(settings.worker().threads());
        loop = new Thread(this::run, "notify-delivery");
        loop.setDaemon(true);
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        signal.wake();
        calls.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                if (deliverDue() < settings.worker().batchSize()) {
                    signal.await(settings.worker().pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database or a bug: keep the loop alive, the messages stay claimable
                log.warn("delivery round failed: {}", e.toString());
                sleepQuietly(settings.worker().pollInterval());
            }
        }
    }

    /** One round; returns how many messages it claimed. */
    int deliverDue() {
        List<Message> due = store.claim(clock.instant(), settings.worker().batchSize(),
                settings.worker().claimFor());
        // read each kind's template once per round, before the sends run in parallel
        Map<MessageKind, Template> byKind = new HashMap<>();
        due.forEach(m -> byKind.computeIfAbsent(m.getKind(), templates::of));
        List<CompletableFuture<Outcome>> sends = due.stream()
                .map(m -> CompletableFuture.supplyAsync(() -> deliver(m, byKind.get(m.getKind())), calls))
                .toList();
        store.record(sends.stream().map(CompletableFuture::join).toList());
        return due.size();
    }

    private Outcome deliver(Message m, Template template) {
        Instant now = clock.instant();
        if (!m.isUrgent() && policy.quiet(now)) {
            return new Outcome.Hold(m.getId(), policy.morningAfter(now), HeldReason.QUIET_HOURS, null, false);
        }
        if (m.getExpiresAt() != null && m.getExpiresAt().isBefore(now)) {
            return new Outcome.Failed(m.getId(), m.isUrgent(), "EXPIRED: the code ran out before it could be sent", false);
        }
        if (m.getChannel() == Channel.WECHAT && neverTried(m) && !allowanceTaken(m)) {
            return new Outcome.Failed(m.getId(), m.isUrgent(), "NO_CONSENT: the member allows no more WeChat messages"
                    + " of this kind (the SMS went alone)", false);
        }
        ChannelRoute route = routes.get(m.getChannel());
        if (route == null) {
            // WeChat was switched off after the message was written
            return new Outcome.Failed(m.getId(), m.isUrgent(), m.getChannel() + " is not enabled on this service", false);
        }
        try {
            Map<String, String> values = json.readValue(cipher.decrypt(m.getVarsEnc()), VALUES);
            String providerId = route.sendThroughBreaker(m, template, values);
            return new Outcome.Sent(m.getId(), m.isUrgent(), route.provider(), providerId, clock.instant());
        } catch (CallNotPermittedException open) {
            return new Outcome.Retry(m.getId(), now.plus(settings.breaker().openWait()),
                    route.provider() + " circuit open", false);
        } catch (ProviderException e) {
            if (e.numberFullToday() && !m.isUrgent()) {
                return new Outcome.Hold(m.getId(), policy.morningAfter(now), HeldReason.PROVIDER_LIMIT, e.getMessage(),
                        true);
            }
            return afterFailure(m, now, e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            return afterFailure(m, now, e.toString(), true);
        }
    }

    /**
     * Not tried before: no attempt counted, and none that stopped short of the provider (a circuit open leaves its
     * error, counts no attempt). Holds for quiet hours come before the allowance is taken.
     */
    private static boolean neverTried(Message m) {
        return m.getAttempts() == 0 && m.getLastError() == null;
    }

    /**
     * A WeChat message takes one of the member's allowances of its kind on its first attempt (retries have theirs):
     * two messages and one allowance send one, as WeChat would.
     */
    private boolean allowanceTaken(Message m) {
        Long memberId = Recipient.memberIdOf(m.getRecipientKey());
        return memberId != null && consents.take(memberId, m.getKind());
    }

    private Outcome afterFailure(Message m, Instant now, String error, boolean retryable) {
        int attempts = m.getAttempts() + 1;
        if (!retryable || attempts >= settings.maxAttempts()) {
            return new Outcome.Failed(m.getId(), m.isUrgent(), error, true);
        }
        return new Outcome.Retry(m.getId(), now.plus(backoff(attempts)), error, true);
    }

    /** base, 2×base, 4×base, ... capped. */
    Duration backoff(int attemptsSoFar) {
        Duration wait = settings.backoffBase().multipliedBy(1L << Math.min(attemptsSoFar - 1, 20));
        return wait.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : wait;
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
