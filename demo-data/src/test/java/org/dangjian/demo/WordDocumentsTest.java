package org.dangjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class WordDocumentsTest {

    @Test
    void aTemplateIsAWordFileWithItsTitleAndBlanksThatOfficeRecognisesFromItsFirstPart() throws IOException {
        byte[] docx = WordDocuments.docx("入党申请书（参考格式）", List.of("敬爱的党组织：", "A & B <签名>"));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("[Content_Types].xml");
            assertThat(zip.getNextEntry().getName()).isEqualTo("_rels/.rels");
            assertThat(zip.getNextEntry().getName()).isEqualTo("word/document.xml");
            String document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(document).contains("入党申请书（参考格式）", "敬爱的党组织：", "A &amp; B &lt;签名&gt;");
        }
    }
}
