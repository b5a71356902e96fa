package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjian.kit.identity.ResidentIdNumbers;
import org.junit.jupiter.api.Test;

/** What the clear-data scan takes for a personal value, and what it does not (no platform needed). */
class ClearValuesTest {
    private final ClearValues clear = new ClearValues("482913");
    private final String id = ResidentIdNumbers.of(ResidentIdNumbers.KUNSHAN, LocalDate.of(1980, 2, 29), true, 7);

    @Test
    void anIdNumberAPhoneAndTheCodeStandingAloneAreFound() {
        assertThat(clear.in("{\"idNumber\":\"" + id + "\",\"phone\":\"13912345678\",\"text\":\"验证码482913，5分钟内有效\"}"))
                .extracting(ClearValues.Found::kind)
                .containsExactlyInAnyOrder(ClearValues.Kind.ID_NUMBER, ClearValues.Kind.PHONE, ClearValues.Kind.CODE);
    }

    @Test
    void digitsInsideCiphertextsHashesAndLongerNumbersAreNotTakenForValues() {
        String wrongCheckDigit = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        assertThat(clear.in("v1:AbC" + id + "xyz 1893456789012345678 a13912345678f 139123456789 1482913 "
                + wrongCheckDigit + " 12345678901")).isEmpty();
    }

    @Test
    void theSummaryShowsAValueMasked() {
        assertThat(new ClearValues.Found(ClearValues.Kind.PHONE, "13912345678").masked()).isEqualTo("139******78");
    }
}
