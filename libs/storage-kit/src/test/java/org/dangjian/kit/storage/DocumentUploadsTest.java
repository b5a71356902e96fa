package org.dangjian.kit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dangjian.kit.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentUploadsTest {
    @TempDir
    Path root;

    /** A Word file as Word writes it: a zip whose first part is [Content_Types].xml. */
    static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            part(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                    + "2006/main\"><w:body><w:p><w:r><w:t>入党申请书</w:t></w:r></w:p></w:body></w:document>");
        }
        return out.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aWordFileIsKnownAsWordByItsBytesAndName() throws IOException {
        DocumentUploads uploads = new DocumentUploads(new LocalFileStore(root), 1024, 64 * 1024);
        StoredUpload stored = uploads.store("templates", "入党申请书.docx", new ByteArrayInputStream(docx()));
        assertThat(stored.contentType()).isEqualTo(FileUploads.DOCX);
        assertThat(stored.key()).endsWith(".docx");
    }

    @Test
    void theNameCannotMakeAnOfficeFileOfOtherBytes() {
        DocumentUploads uploads = new DocumentUploads(new LocalFileStore(root), 1024, 64 * 1024);
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> uploads.store("templates", "表格.docx", new ByteArrayInputStream(script)))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(DocumentUploads.UPLOAD_NOT_A_DOCUMENT));
        assertThat(root.toFile().list()).isEmpty();
    }

    @Test
    void aPdfStaysAPdfWhateverItsName() {
        DocumentUploads uploads = new DocumentUploads(new LocalFileStore(root), 1024, 64 * 1024);
        StoredUpload stored = uploads.store("templates", "表格.xlsx", new ByteArrayInputStream(FileUploadsTest.pdf(10)));
        assertThat(stored.contentType()).isEqualTo(FileUploads.PDF);
    }

    @Test
    void anUploadedFileKeepsOnlyTheLastPartOfItsName() {
        assertThat(FileNames.clean("C:\\Users\\支书\\桌面\\入党申请书.pdf")).isEqualTo("入党申请书.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("..")).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.clean(null)).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.clean("a\nb.jpg")).isEqualTo("ab.jpg");
        assertThat(FileNames.clean("x".repeat(200) + ".pdf")).hasSize(FileNames.MAX).endsWith(".pdf");
    }
}
