package org.dangjian.points.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 2008 brackets at every edge: the rate applies to the whole base, rounded to the fen half up. */
class DuesBracketsTest {

    @ParameterizedTest(name = "employed, after-tax pay {0} -> {1}")
    @CsvSource({
            "0, 0.00",
            "0.01, 0.00",
            "1, 0.01",
            "2999.99, 15.00",
            "3000, 15.00",
            "3000.01, 30.00",
            "4999.99, 50.00",
            "5000, 50.00",
            "5000.01, 75.00",
            "6666.67, 100.00",
            "9999.99, 150.00",
            "10000, 150.00",
            "10000.01, 200.00",
            "25000.50, 500.01"})
    void employed(String base, String monthly) {
        assertThat(amount(DuesGroup.EMPLOYED, base)).isEqualTo(new BigDecimal(monthly));
    }

    @ParameterizedTest(name = "retired, pension {0} -> {1}")
    @CsvSource({
            "0, 0.00",
            "2500, 12.50",
            "3000.01, 15.00",
            "4999.99, 25.00",
            "5000, 25.00",
            "5000.01, 50.00",
            "8000, 80.00"})
    void retired(String base, String monthly) {
        assertThat(amount(DuesGroup.RETIRED, base)).isEqualTo(new BigDecimal(monthly));
    }

    @ParameterizedTest(name = "farmer, the branch's amount {0}")
    @ValueSource(strings = {"0.2", "0.20", "0.50", "1", "1.00"})
    void a_farmer_pays_the_amount_the_branch_set_within_the_range(String base) {
        assertThat(amount(DuesGroup.FARMER, base)).isEqualTo(new BigDecimal(base).setScale(2));
    }

    @ParameterizedTest(name = "farmer, {0} is outside 0.20-1.00")
    @ValueSource(strings = {"0", "0.19", "1.01", "3000"})
    void a_farmer_s_amount_outside_the_range_is_refused(String base) {
        assertThat(DuesBrackets.monthlyAmount(DuesGroup.FARMER, new BigDecimal(base))).isEmpty();
    }

    @Test
    void students_and_the_unemployed_pay_twenty_fen_whatever_the_base() {
        assertThat(DuesBrackets.monthlyAmount(DuesGroup.STUDENT, null)).contains(new BigDecimal("0.20"));
        assertThat(DuesBrackets.monthlyAmount(DuesGroup.UNEMPLOYED, new BigDecimal("4000")))
                .contains(new BigDecimal("0.20"));
    }

    @ParameterizedTest(name = "{0} is no base")
    @ValueSource(strings = {"-0.01", "3000.001", "-5000"})
    void a_negative_base_or_one_finer_than_a_fen_is_refused(String base) {
        assertThat(DuesBrackets.monthlyAmount(DuesGroup.EMPLOYED, new BigDecimal(base))).isEmpty();
        assertThat(DuesBrackets.monthlyAmount(DuesGroup.RETIRED, new BigDecimal(base))).isEmpty();
    }

    @Test
    void an_employed_or_retired_member_needs_a_base() {
        assertThat(DuesBrackets.monthlyAmount(DuesGroup.EMPLOYED, null)).isEmpty();
        assertThat(DuesBrackets.monthlyAmount(DuesGroup.RETIRED, null)).isEmpty();
    }

    @Test
    void trailing_zeros_beyond_the_fen_are_still_a_fen() {
        assertThat(amount(DuesGroup.EMPLOYED, "3000.0100")).isEqualTo(new BigDecimal("30.00"));
    }

    private static BigDecimal amount(DuesGroup group, String base) {
        return DuesBrackets.monthlyAmount(group, new BigDecimal(base)).orElseThrow();
    }
}
