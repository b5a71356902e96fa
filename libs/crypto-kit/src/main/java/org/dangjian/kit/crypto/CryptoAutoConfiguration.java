package org.dangjian.kit.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoAutoConfiguration {

    @Bean
    FieldCipher fieldCipher(CryptoProperties props) {
        if (props.getKeys().isEmpty() || props.getActiveKeyId() == null) {
            throw new IllegalStateException(
                    "dj.crypto.keys and dj.crypto.active-key-id must be set (env DJ_CRYPTO_KEYS_<ID>, DJ_CRYPTO_ACTIVE_KEY_ID)");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        props.getKeys().forEach((id, b64) -> keys.put(id, new SecretKeySpec(Base64.getDecoder().decode(b64.trim()), "AES")));
        return new FieldCipher(keys, props.getActiveKeyId(), props.getAlgorithm());
    }

    @Bean
    EventSeal eventSeal(FieldCipher fieldCipher) {
        return new EventSeal(fieldCipher);
    }

    @Bean
    BlindIndex blindIndex(CryptoProperties props) {
        if (props.getBlindIndexKey() == null) {
            throw new IllegalStateException("dj.crypto.blind-index-key must be set (env DJ_CRYPTO_BLIND_INDEX_KEY)");
        }
        return new BlindIndex(Base64.getDecoder().decode(props.getBlindIndexKey().trim()));
    }
}
