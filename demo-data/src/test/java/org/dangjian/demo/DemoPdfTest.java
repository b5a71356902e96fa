package org.dangjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A demo handout is a PDF a reader opens: every object where the cross-reference table says, the text in Chinese. */
class DemoPdfTest {
    @Test
    void everyObjectIsWhereTheCrossReferenceTableSaysAndTheTitleIsInTheText() {
        byte[] pdf = DemoPdf.handout("原文导读：《论党的自我革命》选读", List.of("网上党校学习讲义"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        int xref = Integer.parseInt(text.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n$", "$1"));
        assertThat(text.substring(xref)).startsWith("xref\n0 8\n");
        Matcher entry = Pattern.compile("(\\d{10}) 00000 n ").matcher(text.substring(xref));
        int object = 1;
        while (entry.find()) {
            assertThat(text.substring(Integer.parseInt(entry.group(1)))).startsWith(object + " 0 obj\n");
            object++;
        }
        assertThat(object - 1).isEqualTo(7);
        String title = HexFormat.of().withUpperCase().formatHex("原文导读".getBytes(StandardCharsets.UTF_16BE));
        assertThat(text).contains("<" + title).contains("/Encoding /UniGB-UCS2-H");
        Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(text);
        assertThat(length.find()).isTrue();
        assertThat(text.substring(length.end()).indexOf("\nendstream")).isEqualTo(Integer.parseInt(length.group(1)));
    }
}
