package org.dangjian.kit.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlindIndexAndMaskingTest {
    private final BlindIndex index = new BlindIndex("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void sameIdNumberGivesSameIndexWhateverTheCaseOfItsCheckDigit() {
        assertThat(index.of("32058319900101123x")).isEqualTo(index.of(" 32058319900101123X "));
        assertThat(index.of("320583199001011234")).isNotEqualTo(index.of("320583199001011235"));
    }

    @Test
    void indexDependsOnTheKey() {
        BlindIndex other = new BlindIndex("fedcba9876543210fedcba9876543210".getBytes());
        assertThat(other.of("13812345678")).isNotEqualTo(index.of("13812345678"));
    }

    @Test
    void masksKeepOnlyTheEnds() {
        assertThat(Masking.idNumber("320583199001011234")).isEqualTo("3205**********1234");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("123")).isEqualTo("***");
        assertThat(Masking.phone(null)).isNull();
    }
}
