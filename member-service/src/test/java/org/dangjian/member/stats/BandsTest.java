package org.dangjian.member.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Band edges, on the day: whole years of age, and the first and last day of admission periods. */
class BandsTest {
    private static final long EPOCH = 719_528;
    private final LocalDate today = LocalDate.of(2026, 11, 25);
    private final long[] bornAfter = AgeBands.bornAfter(today).stream().mapToLong(d -> d.toEpochDay() + EPOCH).toArray();
    private final long[] starts = AdmissionPeriods.starts().stream().mapToLong(d -> d.toEpochDay() + EPOCH).toArray();

    @Test
    void ageBandsChangeOnTheBirthday() {
        assertThat(AgeBands.label(ageBand(LocalDate.of(1995, 11, 26)))).isEqualTo("30岁及以下");
        assertThat(AgeBands.label(ageBand(LocalDate.of(1995, 11, 25)))).isEqualTo("31至35岁");
        assertThat(AgeBands.label(ageBand(LocalDate.of(1966, 11, 25)))).isEqualTo("56至60岁");
        assertThat(AgeBands.label(ageBand(LocalDate.of(1965, 11, 25)))).isEqualTo("61至70岁");
        assertThat(AgeBands.label(ageBand(LocalDate.of(1945, 11, 26)))).isEqualTo("71至80岁");
        assertThat(AgeBands.label(ageBand(LocalDate.of(1945, 11, 25)))).isEqualTo("81岁及以上");
    }

    @Test
    void admissionPeriodsFollowTheOfficialDates() {
        assertThat(AdmissionPeriods.label(period(LocalDate.of(1937, 7, 6)))).isEqualTo("1937年7月6日及以前");
        assertThat(AdmissionPeriods.label(period(LocalDate.of(1937, 7, 7)))).isEqualTo("1937年7月7日至1945年9月2日");
        assertThat(AdmissionPeriods.label(period(LocalDate.of(1949, 9, 30)))).isEqualTo("1945年9月3日至1949年9月30日");
        assertThat(AdmissionPeriods.label(period(LocalDate.of(1966, 4, 30)))).isEqualTo("1949年10月1日至1966年4月");
        assertThat(AdmissionPeriods.label(period(LocalDate.of(1978, 12, 31)))).isEqualTo("1976年11月至1978年12月");
        assertThat(AdmissionPeriods.label(period(LocalDate.of(2012, 10, 31)))).isEqualTo("2002年11月至2012年10月");
        assertThat(AdmissionPeriods.label(period(LocalDate.of(2012, 11, 1)))).isEqualTo("2012年11月及以后");
    }

    private int ageBand(LocalDate birth) {
        return SubtreeScan.band(birth.toEpochDay() + EPOCH, bornAfter);
    }

    private int period(LocalDate join) {
        return SubtreeScan.period(join.toEpochDay() + EPOCH, starts);
    }
}
