package org.dangjian.transfer.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class LetterPdfTest {

    private static final String VERIFY_URL = "https://dj.example.cn/api/transfers/letters/KS2026-000123/verify?c=9f3a";

    private static final String ISSUER = "中共苏州市姑苏区平江街道工作委员会";

    private final LetterPdf pdf = new LetterPdf();

    private static IntroductionLetter letter(String name, String gender, Integer age, YearMonth dues, String from, String to) {
        return new IntroductionLetter("KS2026-000123", name, gender, age, false, from, to, "浙江省杭州市西湖区文三路 90 号",
                ISSUER, dues, LocalDate.of(2026, 11, 25), LocalDate.of(2027, 2, 25), VERIFY_URL, "迁居");
    }

    private static IntroductionLetter standard() {
        return letter("张建国", "MALE", 45, YearMonth.of(2026, 10),
                "中共苏州市姑苏区平江街道第一社区支部委员会", "中共杭州市西湖区文新街道党工委");
    }

    @Test
    void theLetterCarriesTheMembersDetailsInAllThreeParts() throws IOException {
        String text = text(pdf.render(standard()));

        assertThat(text).contains("中国共产党党员组织关系介绍信（存根）", "中国共产党党员组织关系介绍信回执")
                .contains("张建国", "KS2026-000123")
                .contains("中共苏州市姑苏区平江街道第一社区支部委员会", "中共杭州市西湖区文新街道党工委")
                .contains("兹有张建国同志（男），45岁，系中共正式党员，组织关系由中共苏州市姑苏区平江街道第一社区支部委员会"
                        + "转到中共杭州市西湖区文新街道党工委（转接原因：迁居），请接洽。")
                .contains("党费已交到2026年10月")
                .contains("有效期至2027年2月25日")
                .contains("2026年11月25日")
                .contains("浙江省杭州市西湖区文三路90号")
                .contains("张建国同志的党员组织关系已转达我处");
        // stub, letter and receipt each print the number, and both cut lines carry it across the seam
        assertThat(occurrences(text, "第KS2026-000123号")).isEqualTo(5);
    }

    @Test
    void theLetterIsIssuedInTheNameOfTheApprovingCommitteeNotTheBranch() throws IOException {
        String text = text(pdf.render(standard()));

        // stub and letter are signed and stamped by the committee; the receipt goes back to it
        assertThat(occurrences(text, ISSUER + "（盖章）")).isEqualTo(2);
        assertThat(text).contains(ISSUER + "：" + "张建国同志的党员组织关系已转达我处")
                .doesNotContain("中共苏州市姑苏区平江街道第一社区支部委员会（盖章）");
    }

    @Test
    void aLetterWithoutItsIssuerIsRefused() {
        assertThatThrownBy(() -> new IntroductionLetter("KS2026-000124", "张三", null, null, false, "甲支部", "乙党委",
                null, " ", null, LocalDate.of(2026, 11, 25), LocalDate.of(2027, 2, 25), VERIFY_URL, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issuerName");
    }

    @Test
    void theQrCodeOnThePageResolvesToTheVerificationUrl() throws Exception {
        byte[] rendered = pdf.render(standard());
        try (PDDocument doc = Loader.loadPDF(rendered)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(QrOnLetter.images(doc.getPage(0))).hasSize(1);
        }
        assertThat(QrOnLetter.read(rendered)).isEqualTo(VERIFY_URL);
    }

    @Test
    void theChineseFontIsEmbeddedSoNoViewerNeedsItInstalled() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.render(standard()))) {
            PDResources resources = doc.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        }
    }

    @Test
    void aLetterWithoutDuesMonthAgeOrGenderStillRenders() throws IOException {
        IntroductionLetter sparse = new IntroductionLetter("KS2026-000124", "李秀英", null, null, true,
                "中共苏州市姑苏区平江街道第一社区支部委员会", "中共苏州市吴中区城南街道第二支部委员会", null, ISSUER,
                null, LocalDate.of(2026, 11, 25), LocalDate.of(2027, 2, 25), VERIFY_URL, null);

        String text = text(pdf.render(sparse));

        assertThat(text).contains("兹有李秀英同志，系中共预备党员", "党费已交到—", "KS2026-000124")
                .doesNotContain("岁", "（男）", "（女）", "接收党组织地址", "转接原因");
    }

    @Test
    void namesOutsideGb2312PrintToo() throws IOException {
        // 喆 and 堃 are common in names and missing from GB2312: the font must cover them.
        String text = text(pdf.render(letter("王喆堃", "FEMALE", 30, YearMonth.of(2026, 9), "甲支部", "乙支部")));

        assertThat(text).contains("兹有王喆堃同志（女），30岁", "党费已交到2026年9月");
    }

    @Test
    void aLetterWithoutItsNumberIsRefused() {
        assertThatThrownBy(() -> new IntroductionLetter(" ", "张建国", "MALE", 45, false, "甲支部", "乙支部", null,
                ISSUER, null, LocalDate.of(2026, 11, 25), LocalDate.of(2027, 2, 25), VERIFY_URL, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number");
    }

    /** The page's text with line breaks and spaces removed, so wrapping does not matter. */
    private static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    private static int occurrences(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }
}
