package org.dangjian.kit.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumbersTest {

    @Test
    void acceptsTheStandardsOwnExampleAndALowerCaseX() {
        // The example of GB 11643-1999, appendix: check character X.
        assertThat(ResidentIdNumbers.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumbers.isValid("11010519491231002x")).isTrue();
        assertThat(ResidentIdNumbers.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumbers.isMale("11010519491231002X")).isFalse();
    }

    @Test
    void refusesAWrongCheckCharacterAnImpossibleDateLettersAndWrongLengths() {
        assertThat(ResidentIdNumbers.isValid("110105194912310021")).isFalse();
        assertThat(ResidentIdNumbers.isValid(ResidentIdNumbers.withCheckDigit("32058319900230001"))).isFalse();
        assertThat(ResidentIdNumbers.isValid("3205831990A101001X")).isFalse();
        assertThat(ResidentIdNumbers.isValid("32058319900101001")).isFalse();
        assertThat(ResidentIdNumbers.isValid(null)).isFalse();
    }

    @Test
    void generatedNumbersAreValidAndCarryBirthDateAndSex() {
        LocalDate born = LocalDate.of(1988, 2, 29);
        String man = ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, born, true, 499);
        String woman = ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, born, false, 0);
        assertThat(man).startsWith("32058319880229").satisfies(id -> assertThat(ResidentIdNumbers.isValid(id)).isTrue());
        assertThat(ResidentIdNumbers.isMale(man)).isTrue();
        assertThat(ResidentIdNumbers.isMale(woman)).isFalse();
        assertThat(ResidentIdNumbers.birthDate(woman)).contains(born);
        assertThatThrownBy(() -> ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, born, true, 500))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
