package org.dangjian.auth.contract;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The signing keys a verifier trusts when the operator pins them ({@code dj.security.trusted-keys}, the SHA-256 JWK
 * thumbprints of RFC 7638, which org-service logs for each signing key): of the keys fetched from the key set, only
 * pinned ones verify tokens. A key id is only a label that anyone publishing a key set can copy; the thumbprint is
 * computed from the key itself, so an impostor that registers as org-service cannot get its own key trusted. No pins,
 * no filter: every key of the configured key-set location is trusted, as before.
 */
public final class PinnedKeys {
    private PinnedKeys() {
    }

    /** The keys among {@code keys} that {@code thumbprints} pin; all of them when none are pinned. */
    public static <K extends JWK> List<K> trusted(Collection<K> keys, Set<String> thumbprints) {
        if (thumbprints == null || thumbprints.isEmpty()) {
            return List.copyOf(keys);
        }
        return keys.stream().filter(k -> thumbprints.contains(thumbprint(k))).toList();
    }

    /** The base64url SHA-256 thumbprint of the key's public part. */
    public static String thumbprint(JWK key) {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalArgumentException("no thumbprint for key " + key.getKeyID(), e);
        }
    }
}
