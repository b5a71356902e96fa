package org.dangjian.org.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTest {

    @Test
    void chineseNamesBecomeTheInitialsPeopleType() {
        assertThat(PinyinInitials.of("玉山镇党委")).isEqualTo("YSZDW");
        assertThat(PinyinInitials.of("城北社区党支部")).isEqualTo("CBSQDZB");
        assertThat(PinyinInitials.of("淀山湖镇党委")).isEqualTo("DSHZDW");
    }

    @Test
    void latinLettersAndDigitsStayAndPunctuationGoes() {
        assertThat(PinyinInitials.of("A支部")).isEqualTo("AZB");
        assertThat(PinyinInitials.of("第1党小组")).isEqualTo("D1DXZ");
        assertThat(PinyinInitials.of("（一）支部 ")).isEqualTo("YZB");
        assertThat(PinyinInitials.of("abc-公司")).isEqualTo("ABCGS");
    }

    @Test
    void nothingInNothingOut() {
        assertThat(PinyinInitials.of(null)).isNull();
        assertThat(PinyinInitials.of("")).isEmpty();
    }
}
