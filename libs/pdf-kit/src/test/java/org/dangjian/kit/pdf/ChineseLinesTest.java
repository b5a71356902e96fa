package org.dangjian.kit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ChineseLinesTest {

    @Test
    void aLineBreaksBetweenChineseCharactersKeepsNumbersWholeAndLetsClosingPunctuationHang() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = CjkFonts.regular(doc);
            float fourCharacters = ChineseLines.width(font, "组织关系", 12);
            assertThat(ChineseLines.wrap(font, "组织关系转接", 12, fourCharacters, fourCharacters))
                    .containsExactly("组织关系", "转接");
            assertThat(ChineseLines.wrap(font, "组织关系，转接", 12, fourCharacters, fourCharacters))
                    .as("the comma hangs at the end of the line").containsExactly("组织关系，", "转接");
            List<String> lines = ChineseLines.wrap(font, "编号KS2026-000123", 12, fourCharacters, fourCharacters * 3);
            assertThat(lines).as("the number is not cut").containsExactly("编号", "KS2026-000123");
            assertThat(ChineseLines.wrap(font, "任职\n离任", 12, 500, 500)).as("a line feed ends a line")
                    .containsExactly("任职", "离任");
        }
    }
}
