package org.dangjian.kit.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dj.crypto.keys.<id>} are base64 AES keys (16 or 32 bytes), {@code dj.crypto.active-key-id}
 * names the one new values are encrypted with, {@code dj.crypto.blind-index-key} is the base64 HMAC
 * key. They come from the environment or a secret, never from the repository. {@code dj.crypto.algorithm} is
 * what new values are sealed with: {@code AES_GCM} (default) or {@code SM4_GCM} (a 16-byte active key).
 */
@ConfigurationProperties("dj.crypto")
public class CryptoProperties {
    private Map<String, String> keys = new LinkedHashMap<>();
    private String activeKeyId;
    private String blindIndexKey;
    private FieldAlgorithm algorithm = FieldAlgorithm.AES_GCM;

    public FieldAlgorithm getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(FieldAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    public Map<String, String> getKeys() {
        return keys;
    }

    public void setKeys(Map<String, String> keys) {
        this.keys = keys;
    }

    public String getActiveKeyId() {
        return activeKeyId;
    }

    public void setActiveKeyId(String activeKeyId) {
        this.activeKeyId = activeKeyId;
    }

    public String getBlindIndexKey() {
        return blindIndexKey;
    }

    public void setBlindIndexKey(String blindIndexKey) {
        this.blindIndexKey = blindIndexKey;
    }
}
