package org.dangjian.member.stats;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter in Redis that every change of member data moves on, shared by all replicas: cached
 * statistics carry the value they were computed at, so any change anywhere retires all of them at once.
 * The counter moves after commit, so a reader never caches figures of uncommitted data under the new
 * value.
 */
@Component
public class StatsGeneration {
    static final String KEY = "dj:member:stats:generation";
    private static final Logger log = LoggerFactory.getLogger(StatsGeneration.class);
    private final StringRedisTemplate redis;

    public StatsGeneration(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Member data changed in the current transaction (or just now, outside one). */
    public void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    advance();
                }
            });
        } else {
            advance();
        }
    }

    /** The current value, or null when Redis cannot say (then nothing is cached or read from cache). */
    String current() {
        try {
            String value = redis.opsForValue().get(KEY);
            return value != null ? value : "0";
        } catch (RuntimeException e) {
            log.warn("statistics cache unavailable: {}", e.toString());
            return null;
        }
    }

    private void advance() {
        try {
            redis.opsForValue().increment(KEY);
        } catch (RuntimeException e) {
            // Cached figures now outlive the change until they expire; say so loudly.
            log.error("could not retire cached statistics after a member change: {}", e.toString());
        }
    }
}
