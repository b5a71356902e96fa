package org.dangjian.kit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
    private static SecretKey newKey() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return new SecretKeySpec(b, "AES");
    }

    private final SecretKey k1 = newKey();
    private final SecretKey k2 = newKey();

    @Test
    void roundTripsChineseAndDigitsWithoutLeakingThePlainText() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", k1), "k1");
        String stored = cipher.encrypt("32058319900101123X");
        assertThat(stored).startsWith("k1:").doesNotContain("1990");
        assertThat(cipher.decrypt(stored)).isEqualTo("32058319900101123X");
        assertThat(cipher.decrypt(cipher.encrypt("昆山市"))).isEqualTo("昆山市");
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", k1), "k1");
        assertThat(cipher.encrypt("13812345678")).isNotEqualTo(cipher.encrypt("13812345678"));
    }

    @Test
    void rowsWrittenUnderAnOldKeyStayReadableAfterRotation() {
        String old = new FieldCipher(Map.of("k1", k1), "k1").encrypt("13812345678");
        FieldCipher rotated = new FieldCipher(Map.of("k1", k1, "k2", k2), "k2");
        assertThat(rotated.decrypt(old)).isEqualTo("13812345678");
        assertThat(rotated.encrypt("x")).startsWith("k2:");
    }

    @Test
    void tamperedValueIsRefused() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", k1), "k1");
        String stored = cipher.encrypt("13812345678");
        char last = stored.charAt(stored.length() - 3);
        String tampered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A') + stored.substring(stored.length() - 2);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyIdCannotBeSwappedOnAStoredValue() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", k1, "k2", k1), "k1");
        String stored = cipher.encrypt("13812345678");
        assertThatThrownBy(() -> cipher.decrypt("k2" + stored.substring(2))).isInstanceOf(IllegalStateException.class);
    }
}
