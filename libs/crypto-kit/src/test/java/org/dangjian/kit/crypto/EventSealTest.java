package org.dangjian.kit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class EventSealTest {
    private static EventSeal sealWithNewKey() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return new EventSeal(new FieldCipher(Map.of("k1", new SecretKeySpec(b, "AES")), "k1"));
    }

    private final EventSeal seal = sealWithNewKey();

    @Test
    void aSealedPhoneOrCodeShowsNothingOfItselfAndOpensWithTheKeys() {
        String phone = seal.seal("13812345678");
        String code = seal.seal("482913");
        assertThat(phone).doesNotContain("1381234").doesNotContain("5678");
        assertThat(code).doesNotContain("482913");
        assertThat(seal.open(phone)).isEqualTo("13812345678");
        assertThat(seal.open(code)).isEqualTo("482913");
    }

    @Test
    void aValueFromAnEventWrittenBeforeSealingOpensAsItWas() {
        assertThat(seal.open("13812345678")).isEqualTo("13812345678");
        assertThat(seal.open("oX1a-Bc_2")).isEqualTo("oX1a-Bc_2");
        assertThat(seal.open(null)).isNull();
        assertThat(seal.seal(null)).isNull();
    }

    @Test
    void aServiceWithOtherKeysCannotOpenIt() {
        String sealed = seal.seal("32058319900101123X");
        assertThatThrownBy(() -> sealWithNewKey().open(sealed)).isInstanceOf(IllegalStateException.class);
    }
}
