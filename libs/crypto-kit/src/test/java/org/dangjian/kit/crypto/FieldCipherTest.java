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
    private final SecretKey sm4Key = new SecretKeySpec(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, "SM4");

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

    @Test
    void sm4CanBeSelectedAndItsValuesSayWhichAlgorithmSealedThem() {
        FieldCipher sm4 = new FieldCipher(Map.of("k3", sm4Key), "k3", FieldAlgorithm.SM4_GCM);
        String stored = sm4.encrypt("32058319900101123X");
        assertThat(stored).startsWith("sm4.k3:").doesNotContain("1990");
        assertThat(sm4.decrypt(stored)).isEqualTo("32058319900101123X");
    }

    @Test
    void duringAMigrationValuesOfBothAlgorithmsAreReadAndMovedToTheActiveOne() {
        String aes = new FieldCipher(Map.of("k1", k1), "k1").encrypt("13812345678");
        FieldCipher migrating = new FieldCipher(Map.of("k1", k1, "k3", sm4Key), "k3", FieldAlgorithm.SM4_GCM);

        assertThat(migrating.decrypt(aes)).isEqualTo("13812345678");
        assertThat(migrating.isCurrent(aes)).isFalse();
        String moved = migrating.reencrypt(aes);
        assertThat(moved).startsWith("sm4.k3:");
        assertThat(migrating.isCurrent(moved)).isTrue();
        assertThat(migrating.reencrypt(moved)).as("a current value is left as it is").isSameAs(moved);
        assertThat(migrating.decrypt(moved)).isEqualTo("13812345678");
    }

    @Test
    void sm4RefusesAKeyThatIsNotSixteenBytes() {
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", k1), "k1", FieldAlgorithm.SM4_GCM))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16-byte");
    }

    @Test
    void theAlgorithmMarkCannotBeStrippedFromAValue() {
        FieldCipher both = new FieldCipher(Map.of("k3", sm4Key), "k3", FieldAlgorithm.SM4_GCM);
        String stored = both.encrypt("13812345678");
        assertThatThrownBy(() -> both.decrypt(stored.substring("sm4.".length()))).isInstanceOf(IllegalStateException.class);
    }
}
