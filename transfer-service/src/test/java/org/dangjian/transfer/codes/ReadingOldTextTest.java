package org.dangjian.transfer.codes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the reasons and addresses typed before the codes are read (migration V11 uses these). */
class ReadingOldTextTest {

    @Test
    void oldReasonWordingsAreReadAsTheirCode() {
        assertThat(TransferReasons.recognise("工作调动")).isEqualTo("01");
        assertThat(TransferReasons.recognise("工作调动至昆山市玉山镇人民政府")).isEqualTo("01");
        assertThat(TransferReasons.recognise("随配偶迁居")).isEqualTo("07");
        assertThat(TransferReasons.recognise("考入南京大学读研")).isEqualTo("02");
        assertThat(TransferReasons.recognise("大学毕业")).isEqualTo("03");
        assertThat(TransferReasons.recognise("退伍返乡")).as("not 入伍").isEqualTo("05");
        assertThat(TransferReasons.recognise("办理退休")).isEqualTo("06");
        assertThat(TransferReasons.recognise("外出务工")).isEqualTo("08");
        assertThat(TransferReasons.recognise("村党组织撤并")).isEqualTo("09");
    }

    @Test
    void aWordingThatNamesNoReasonIsOther() {
        assertThat(TransferReasons.recognise("个人原因")).isEqualTo(TransferReasons.OTHER);
        assertThat(TransferReasons.recognise(null)).isEqualTo(TransferReasons.OTHER);
        assertThat(TransferReasons.label(TransferReasons.OTHER)).isEqualTo("其他");
    }

    @Test
    void anAddressStartingWithADivisionSplitsIntoRegionAndStreet() {
        assertThat(ExternalPlace.read("浙江省杭州市西湖区文三路 90 号")).isEqualTo(new ExternalPlace("330106", "文三路 90 号"));
        assertThat(ExternalPlace.read("上海市浦东新区张江路 1 号")).isEqualTo(new ExternalPlace("310115", "张江路 1 号"));
        assertThat(ExternalPlace.read("南京市玄武区中山路 1 号")).as("without the province")
                .isEqualTo(new ExternalPlace("320102", "中山路 1 号"));
        assertThat(ExternalPlace.read("江苏省南京市")).isEqualTo(new ExternalPlace("320100", null));
    }

    @Test
    void anAddressWithoutAKnownBeginningKeepsItsText() {
        assertThat(ExternalPlace.read("张江路 1 号")).isEqualTo(new ExternalPlace(null, "张江路 1 号"));
        assertThat(ExternalPlace.read("朝阳区建国路 1 号")).as("a county named alone is no guess: Beijing and Changchun both have a 朝阳区")
                .isEqualTo(new ExternalPlace(null, "朝阳区建国路 1 号"));
    }

    @Test
    void aPlacePrintsTheRegionsNamesThenTheStreet() {
        assertThat(new ExternalPlace("330106", "文三路 90 号").printed()).isEqualTo("浙江省杭州市西湖区文三路 90 号");
        assertThat(new ExternalPlace(null, "张江路 1 号").printed()).isEqualTo("张江路 1 号");
    }
}
