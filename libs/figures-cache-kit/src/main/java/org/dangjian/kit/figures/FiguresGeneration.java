package org.dangjian.kit.figures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter in Redis that every change of the service's data moves on, shared by all its replicas: cached figures
 * carry the value they were computed at, so any change anywhere retires all of them at once. The counter moves after
 * commit (once per transaction however many writes it made), so a reader never caches figures of uncommitted data
 * under the new value.
 */
public class FiguresGeneration {
    private static final Logger log = LoggerFactory.getLogger(FiguresGeneration.class);
    private final StringRedisTemplate redis;
    private final String key;

    FiguresGeneration(StringRedisTemplate redis, String key) {
        this.redis = redis;
        this.key = key;
    }

    /** The service's data changed in the current transaction (or just now, outside one). */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            advance();
        } else if (!TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(FiguresGeneration.this);
                    if (status == STATUS_COMMITTED) {
                        advance();
                    }
                }
            });
        }
    }

    /** The current value, or null when Redis cannot say (then nothing is cached or read from cache). */
    public String current() {
        try {
            String value = redis.opsForValue().get(key);
            return value != null ? value : "0";
        } catch (RuntimeException e) {
            log.warn("figures cache unavailable: {}", e.toString());
            return null;
        }
    }

    private void advance() {
        try {
            redis.opsForValue().increment(key);
        } catch (RuntimeException e) {
            // Cached figures now outlive the change until they expire; say so loudly.
            log.error("could not retire cached figures after a change: {}", e.toString());
        }
    }
}
