package org.dangjian.kit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.dangjian.kit.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageUploadsTest {
    @TempDir
    Path root;

    static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void aRealImageIsStoredAndReadBackUnderAKeyTheStoreMade() throws IOException {
        ImageUploads uploads = new ImageUploads(new LocalFileStore(root), 1024 * 1024);
        byte[] photo = png(20, 10);
        StoredUpload stored = uploads.store("venue-photos", new ByteArrayInputStream(photo));
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.key()).startsWith("venue-photos/").endsWith(".png");
        assertThat(new LocalFileStore(root).get(stored.key())).hasValue(photo);
    }

    @Test
    void aScriptDressedAsAnImageIsRefused() {
        ImageUploads uploads = new ImageUploads(new LocalFileStore(root), 1024 * 1024);
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> uploads.store("venue-photos", new ByteArrayInputStream(script)))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).code()).isEqualTo(ImageUploads.UPLOAD_NOT_AN_IMAGE);
    }

    @Test
    void anImageOverTheCapIsRefusedWithoutStoringAnything() throws IOException {
        byte[] big = png(400, 400);
        ImageUploads uploads = new ImageUploads(new LocalFileStore(root), big.length - 1);
        assertThatThrownBy(() -> uploads.store("venue-photos", new ByteArrayInputStream(big)))
                .extracting(e -> ((ApiException) e).code()).isEqualTo(ImageUploads.UPLOAD_TOO_LARGE);
        assertThat(root.toFile().list()).isEmpty();
    }

    @Test
    void keysFromOutsideCannotEscapeTheRoot() {
        LocalFileStore store = new LocalFileStore(root);
        assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.get("venue-photos/2026-11/00000000-0000-0000-0000-000000000000.png")).isEmpty();
    }
}
