package org.dangjian.kit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.dangjian.kit.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

class FileUploadsTest {
    @TempDir
    Path root;

    /** The smallest file every PDF reader opens: what a scanner writes starts the same way. */
    static byte[] pdf(int padding) {
        String head = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n";
        byte[] pad = new byte[padding];
        Arrays.fill(pad, (byte) ' ');
        byte[] tail = "trailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length() + padding + tail.length];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, all, 0, head.length());
        System.arraycopy(pad, 0, all, head.length(), padding);
        System.arraycopy(tail, 0, all, head.length() + padding, tail.length);
        return all;
    }

    @Test
    void aPdfIsStoredAsAPdfWhateverItsName() {
        FileUploads uploads = FileUploads.photosOrPdf(new LocalFileStore(root), 1024, 64 * 1024);
        StoredUpload stored = uploads.store("evidence", new ByteArrayInputStream(pdf(10)));
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.key()).endsWith(".pdf");
    }

    @Test
    void aPhotoIsAcceptedAsEvidence() throws IOException {
        FileUploads uploads = FileUploads.photosOrPdf(new LocalFileStore(root), 64 * 1024, 64 * 1024);
        assertThat(uploads.store("evidence", new ByteArrayInputStream(ImageUploadsTest.png(10, 10))).contentType())
                .isEqualTo("image/png");
    }

    @Test
    void aRenamedScriptIsNeitherAPhotoNorAPdf() {
        FileUploads uploads = FileUploads.photosOrPdf(new LocalFileStore(root), 1024, 1024);
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> uploads.store("evidence", new ByteArrayInputStream(script)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(FileUploads.UPLOAD_NOT_A_PHOTO_OR_PDF);
                    assertThat(e.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
                });
        assertThat(root.toFile().list()).isEmpty();
    }

    @Test
    void eachTypeHasItsOwnSizeCap() throws IOException {
        byte[] photo = ImageUploadsTest.png(200, 200);
        byte[] scan = pdf(photo.length * 2);
        FileUploads uploads = FileUploads.photosOrPdf(new LocalFileStore(root), photo.length - 1, scan.length);

        assertThat(uploads.store("evidence", new ByteArrayInputStream(scan)).size()).isEqualTo(scan.length);
        assertThatThrownBy(() -> uploads.store("evidence", new ByteArrayInputStream(photo)))
                .extracting(e -> ((ApiException) e).code()).isEqualTo(FileUploads.UPLOAD_TOO_LARGE);
        assertThatThrownBy(() -> uploads.store("evidence", new ByteArrayInputStream(pdf(scan.length))))
                .extracting(e -> ((ApiException) e).code()).isEqualTo(FileUploads.UPLOAD_TOO_LARGE);
    }
}
