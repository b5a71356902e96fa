package org.dangjian.kit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Encrypts sensitive columns (ID and phone numbers) with AES-GCM, or SM4-GCM when {@code dj.crypto.algorithm}
 * selects it. The stored form is {@code keyRef:base64(iv || ciphertext+tag)}, the key reference being the key id
 * ({@code k1}) for AES and {@code sm4.<id>} for SM4: key and algorithm travel with the value, so old rows stay
 * readable after the active key or the algorithm changes, and {@link #isCurrent} tells a re-encryption job which
 * rows still need moving. The reference is also the GCM associated data, so it cannot be swapped on a value.
 */
public final class FieldCipher {
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Used directly, not registered: the JVM's providers stay as they are. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final FieldAlgorithm algorithm;
    private final String activeReference;
    private final SecureRandom random = new SecureRandom();

    /** AES-GCM with the active key, as before SM4 could be chosen. */
    public FieldCipher(Map<String, SecretKey> keys, String activeKeyId) {
        this(keys, activeKeyId, FieldAlgorithm.AES_GCM);
    }

    public FieldCipher(Map<String, SecretKey> keys, String activeKeyId, FieldAlgorithm algorithm) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("active key id '" + activeKeyId + "' has no key");
        }
        if (algorithm == FieldAlgorithm.SM4_GCM && keys.get(activeKeyId).getEncoded().length != 16) {
            throw new IllegalArgumentException("SM4 takes a 16-byte key; key '" + activeKeyId + "' has "
                    + keys.get(activeKeyId).getEncoded().length + " (generate one with: openssl rand -base64 16)");
        }
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
        this.algorithm = algorithm;
        this.activeReference = algorithm.reference(activeKeyId);
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(algorithm, Cipher.ENCRYPT_MODE, keys.get(activeKeyId), iv);
            cipher.updateAAD(activeReference.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return activeReference + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not an encrypted field value");
        }
        String reference = stored.substring(0, colon);
        FieldAlgorithm storedWith = FieldAlgorithm.ofReference(reference);
        String keyId = storedWith.keyId(reference);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no key with id '" + keyId + "' is configured");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = cipher(storedWith, Cipher.DECRYPT_MODE, key, Arrays.copyOf(in, IV_BYTES));
            cipher.updateAAD(reference.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered value", e);
        }
    }

    /** Whether a stored value is sealed with the active key and algorithm already (null counts as current). */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(activeReference + ":");
    }

    /** The stored value under the active key and algorithm; a current one is returned as it is. */
    public String reencrypt(String stored) {
        return isCurrent(stored) ? stored : encrypt(decrypt(stored));
    }

    /** What new values are sealed with, e.g. {@code sm4.k2}. */
    public String activeReference() {
        return activeReference;
    }

    private static Cipher cipher(FieldAlgorithm algorithm, int mode, SecretKey key, byte[] iv)
            throws GeneralSecurityException {
        Cipher cipher = algorithm == FieldAlgorithm.SM4_GCM
                ? Cipher.getInstance(algorithm.transformation(), BOUNCY_CASTLE)
                : Cipher.getInstance(algorithm.transformation());
        cipher.init(mode, new SecretKeySpec(key.getEncoded(), algorithm.keyAlgorithm()), new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }
}
