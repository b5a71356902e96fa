package org.dangjian.org.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalLong;
import org.dangjian.contracts.auth.AuthLoginCodeRequested;
import org.dangjian.kit.crypto.BlindIndex;
import org.dangjian.kit.crypto.EventSeal;
import org.dangjian.kit.crypto.FieldCipher;
import org.dangjian.kit.events.EventOutbox;
import org.dangjian.kit.security.otp.OneTimeCodes;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.org.StoredTime;
import org.dangjian.org.account.Account;
import org.dangjian.org.account.AccountPhones;
import org.dangjian.org.account.SecondFactorMethod;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second step of a sign-in, and of setting a second factor up: a random challenge kept in Redis (only its keyed
 * hash is the key) naming the account, what it is for and how the code comes; for an SMS code, the code itself is one
 * of security-kit's {@link OneTimeCodes}, sent through notify-service like a member's login code. A challenge is good
 * for {@code dj.auth.second-factor.challenge-ttl}, takes {@code max-tries} wrong codes and is spent by the right one.
 */
@Component
public class SecondFactorChallenges {
    public static final String SECOND_FACTOR_CHALLENGE_INVALID = "SECOND_FACTOR_CHALLENGE_INVALID";
    public static final String SECOND_FACTOR_PHONE_MISSING = "SECOND_FACTOR_PHONE_MISSING";
    private static final String PREFIX = "dj:auth:second-factor:";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a right code does. */
    public enum Purpose {
        /** The account has a second factor: the code completes the sign-in. */
        SIGN_IN,
        /** A city administrator who must have one and has none: the code turns it on and completes the sign-in. */
        SETUP_AT_SIGN_IN,
        /** A signed-in administrator sets one up (or changes it): the code turns it on. */
        SETUP
    }

    /** A challenge as found: whose, for what, how, and for a TOTP setup the new secret (encrypted). */
    public record Challenge(String key, long accountId, Purpose purpose, SecondFactorMethod method, String pendingSecret) {
    }

    private final StringRedisTemplate redis;
    private final BlindIndex hmac;
    private final FieldCipher cipher;
    private final AccountPhones phones;
    private final EventOutbox outbox;
    private final EventSeal seal;
    private final OneTimeCodes smsCodes;
    private final SecondFactorProperties props;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SecondFactorChallenges(StringRedisTemplate redis, BlindIndex hmac, FieldCipher cipher, AccountPhones phones,
                                  EventOutbox outbox, EventSeal seal, SecondFactorProperties props, AuthProperties auth,
                                  JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.redis = redis;
        this.hmac = hmac;
        this.cipher = cipher;
        this.phones = phones;
        this.outbox = outbox;
        this.seal = seal;
        this.props = props;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.smsCodes = new OneTimeCodes(redis, hmac::of, PREFIX + "sms:", props.challengeTtl(), props.maxTries(),
                auth.loginCodeInterval());
    }

    /** Opens a challenge; for SMS the code goes out now, for a TOTP setup a new secret comes with it. */
    public SecondFactorStep open(Account account, Purpose purpose, SecondFactorMethod method) {
        String challenge = randomChallenge();
        String key = key(challenge);
        String secret = purpose != Purpose.SIGN_IN && method == SecondFactorMethod.TOTP ? Totp.newSecret() : null;
        String phone = null;
        if (method == SecondFactorMethod.SMS) {
            phone = sendSmsCode(account, key, purpose == Purpose.SETUP ? "setup" : "sign-in");
        }
        redis.opsForHash().putAll(key, Map.of("a", Long.toString(account.getId()), "p", purpose.name(),
                "m", method.name(), "s", secret == null ? "" : cipher.encrypt(secret), "t", "0"));
        redis.expire(key, props.challengeTtl());
        return new SecondFactorStep(method, challenge, (int) props.challengeTtl().toSeconds(), purpose != Purpose.SIGN_IN,
                secret, secret == null ? null : Totp.uri(account.getUsername(), secret),
                phone == null ? null : account.getPhoneMasked());
    }

    /** The challenge, while it is good; null for one unknown, expired or used. */
    public Challenge find(String challenge) {
        if (challenge == null || challenge.isBlank() || challenge.length() > 100) {
            return null;
        }
        String key = key(challenge);
        Map<Object, Object> fields = redis.opsForHash().entries(key);
        if (fields.isEmpty()) {
            return null;
        }
        String secret = (String) fields.get("s");
        return new Challenge(key, Long.parseLong((String) fields.get("a")), Purpose.valueOf((String) fields.get("p")),
                SecondFactorMethod.valueOf((String) fields.get("m")), secret == null || secret.isEmpty() ? null : secret);
    }

    /**
     * Whether {@code code} answers the challenge. A TOTP code of an account's own factor is taken once: its step is
     * recorded on the account in the same statement that checks it is later than the last one taken.
     */
    public boolean answers(Challenge challenge, Account account, String code) {
        if (challenge.method() == SecondFactorMethod.SMS) {
            return smsCodes.verify(challenge.key(), code);
        }
        if (challenge.pendingSecret() != null) {
            return Totp.matchingStep(cipher.decrypt(challenge.pendingSecret()), code, Instant.now(clock)).isPresent();
        }
        if (account.getTotpSecretEnc() == null) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(cipher.decrypt(account.getTotpSecretEnc()), code, Instant.now(clock));
        return step.isPresent() && jdbc.sql("UPDATE account SET totp_last_step = :step WHERE id = :id"
                        + " AND (totp_last_step IS NULL OR totp_last_step < :step)")
                .param("step", step.getAsLong()).param("id", account.getId()).update() == 1;
    }

    /** Counts a wrong code; the last allowed one ends the challenge. */
    public void wrong(Challenge challenge) {
        Long tries = redis.opsForHash().increment(challenge.key(), "t", 1);
        if (tries >= props.maxTries()) {
            redis.delete(challenge.key());
        }
    }

    /** Uses the challenge up; false when another request did first (the same code sent twice at once). */
    public boolean spend(Challenge challenge) {
        return Boolean.TRUE.equals(redis.delete(challenge.key()));
    }

    /**
     * Turns the challenge's factor on for the account (a setup answered right): the method, for TOTP its secret
     * (encrypted) and the step of the code just given, so that code does not sign in again.
     */
    public void turnOn(Challenge challenge, Account account, String code) {
        String secret = challenge.pendingSecret();
        Long step = secret == null ? null
                : Totp.matchingStep(cipher.decrypt(secret), code, Instant.now(clock)).orElse(Totp.step(Instant.now(clock)));
        jdbc.sql("UPDATE account SET second_factor = :method, totp_secret_enc = :secret, totp_last_step = :step,"
                        + " second_factor_since = :now, updated_at = :now WHERE id = :id")
                .param("method", challenge.method().name()).param("secret", secret).param("step", step)
                .param("now", StoredTime.now(clock)).param("id", account.getId()).update();
    }

    /** One code a minute per account and kind (setting up, signing in): the SMS costs money and annoys when it floods. */
    private String sendSmsCode(Account account, String key, String kind) {
        if (account.getPhoneEnc() == null) {
            throw new ApiException(HttpStatus.CONFLICT, SECOND_FACTOR_PHONE_MISSING);
        }
        if (!smsCodes.takeRequestSlot(account.getId() + ":" + kind)) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "LOGIN_CODE_TOO_FREQUENT");
        }
        String phone = phones.reveal(account);
        String code = smsCodes.issue(key);
        // phone and code travel sealed, as a member's login code does; notify-service sends it at once
        tx.executeWithoutResult(status -> outbox.add(new AuthLoginCodeRequested(account.getId(), seal.seal(phone),
                seal.seal(code), Instant.now(clock).plus(props.challengeTtl()))));
        return phone;
    }

    private String key(String challenge) {
        return PREFIX + "challenge:" + hmac.of(challenge);
    }

    private static String randomChallenge() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
