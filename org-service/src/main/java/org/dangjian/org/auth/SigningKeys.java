package org.dangjian.org.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dangjian.auth.contract.PinnedKeys;
import org.dangjian.kit.crypto.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The RS256 key that signs access tokens. Generated on first start and kept in the database, its
 * private half encrypted with the field cipher, so that every replica signs with the same key and
 * tokens survive restarts.
 */
@Component
public class SigningKeys {
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private volatile RSAKey active;

    public SigningKeys(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public RSAKey active() {
        RSAKey key = active;
        if (key == null) {
            synchronized (this) {
                if (active == null) {
                    active = loadOrCreate();
                    // what operators pin in every verifier (dj.security.trusted-keys): the key's own digest
                    log.info("token signing key {}: thumbprint {} (pin it with DJ_SECURITY_TRUSTEDKEYS)",
                            active.getKeyID(), PinnedKeys.thumbprint(active.toPublicJWK()));
                }
                key = active;
            }
        }
        return key;
    }

    public Map<String, Object> publicJwks() {
        return new JWKSet(active().toPublicJWK()).toJSONObject();
    }

    private RSAKey loadOrCreate() {
        RSAKey existing = newestActive();
        if (existing != null) {
            return existing;
        }
        try {
            RSAKey generated = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            jdbc.sql("INSERT INTO signing_key (kid, private_jwk, active, created_at) VALUES (?, ?, 1, NOW(6))")
                    .params(generated.getKeyID(), cipher.encrypt(generated.toJSONString()))
                    .update();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate the signing key", e);
        } catch (DuplicateKeyException raced) {
            // another replica stored one first; use the newest below
        }
        return newestActive();
    }

    private RSAKey newestActive() {
        List<String> rows = jdbc.sql("SELECT private_jwk FROM signing_key WHERE active = 1"
                + " ORDER BY created_at DESC LIMIT 1").query(String.class).list();
        if (rows.isEmpty()) {
            return null;
        }
        try {
            return RSAKey.parse(cipher.decrypt(rows.get(0)));
        } catch (ParseException e) {
            throw new IllegalStateException("stored signing key is unreadable", e);
        }
    }
}
