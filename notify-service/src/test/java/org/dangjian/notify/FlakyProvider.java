package org.dangjian.notify;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.notify.delivery.ProviderException;
import org.dangjian.notify.delivery.SmsProvider;
import org.dangjian.notify.delivery.SmsRequest;

/**
 * An SMS gateway the tests control: it records what it accepted and can be told to fail the next calls
 * as an outage would (the HTTP providers are tested against HTTP stubs of the real APIs).
 */
public final class FlakyProvider implements SmsProvider {
    public record Sent(long messageId, String phone, String text, Instant at) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger fullLeft = new AtomicInteger();

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String send(SmsRequest request) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new ProviderException("HTTP 500 from the provider", true);
        }
        if (fullLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw ProviderException.numberFullToday("the number's daily limit at the provider");
        }
        sent.add(new Sent(request.messageId(), request.phone(), request.clearText(), Instant.now()));
        return "test-" + request.messageId();
    }

    public void failNext(int calls) {
        failuresLeft.set(calls);
    }

    /** The next calls are refused as the provider's own daily limit for a number would. */
    public void numberFullNext(int calls) {
        fullLeft.set(calls);
    }

    public int sentCount() {
        return sent.size();
    }

    public List<Sent> sentTo(String phone) {
        return sent.stream().filter(s -> s.phone().equals(phone)).toList();
    }
}
