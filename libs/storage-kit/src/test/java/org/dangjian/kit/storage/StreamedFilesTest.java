package org.dangjian.kit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Large files on the local store: streamed in, read by range, sent to players and download managers, linked to. */
class StreamedFilesTest {
    @TempDir
    Path root;

    private final byte[] video = random(200_000);

    @Test
    void aFileStreamedInIsReadBackByRange() throws IOException {
        LocalFileStore store = new LocalFileStore(root);
        String key = store.put("lesson-media", new ByteArrayInputStream(video), video.length, FileUploads.MP4);

        assertThat(key).startsWith("lesson-media/").endsWith(".mp4");
        assertThat(store.size(key)).hasValue(video.length);
        try (InputStream in = store.open(key, 150_000, 10)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(video, 150_000, 150_010));
        }
        assertThat(store.size("lesson-media/2026-12/00000000-0000-0000-0000-000000000000.mp4")).isEmpty();
    }

    @Test
    void aStreamShorterThanAnnouncedIsNotStored() {
        LocalFileStore store = new LocalFileStore(root);
        assertThatThrownBy(() -> store.put("lesson-media", new ByteArrayInputStream(video), video.length + 1, FileUploads.MP4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(root.resolve("lesson-media").toFile().listFiles(f -> f.isDirectory())[0].list()).isEmpty();
    }

    @Test
    void aPlayerSeekingGets206WithTheBytesAskedFor() throws IOException {
        LocalFileStore store = new LocalFileStore(root);
        String key = store.put("lesson-media", new ByteArrayInputStream(video), video.length, FileUploads.MP4);

        MockHttpServletResponse middle = send(store, key, "bytes=1000-1999");
        assertThat(middle.getStatus()).isEqualTo(206);
        assertThat(middle.getHeader("Content-Range")).isEqualTo("bytes 1000-1999/200000");
        assertThat(middle.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));
        assertThat(middle.getHeader("Accept-Ranges")).isEqualTo("bytes");

        MockHttpServletResponse open = send(store, key, "bytes=199990-");
        assertThat(open.getStatus()).isEqualTo(206);
        assertThat(open.getHeader("Content-Range")).isEqualTo("bytes 199990-199999/200000");
        assertThat(open.getContentAsByteArray()).hasSize(10);

        MockHttpServletResponse last = send(store, key, "bytes=-100");
        assertThat(last.getHeader("Content-Range")).isEqualTo("bytes 199900-199999/200000");
    }

    @Test
    void noRangeOrSeveralRangesGetTheWholeFileAndARangePastTheEnd416() throws IOException {
        LocalFileStore store = new LocalFileStore(root);
        String key = store.put("lesson-media", new ByteArrayInputStream(video), video.length, FileUploads.MP4);

        MockHttpServletResponse whole = send(store, key, null);
        assertThat(whole.getStatus()).isEqualTo(200);
        assertThat(whole.getContentAsByteArray()).isEqualTo(video);
        assertThat(whole.getContentType()).isEqualTo(FileUploads.MP4);
        assertThat(whole.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(send(store, key, "bytes=0-1,5-6").getStatus()).isEqualTo(200);
        assertThat(send(store, key, "pages=1").getStatus()).isEqualTo(200);

        MockHttpServletResponse past = send(store, key, "bytes=200000-");
        assertThat(past.getStatus()).isEqualTo(416);
        assertThat(past.getHeader("Content-Range")).isEqualTo("bytes */200000");
        assertThat(past.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aSignedLinkWorksUntilItExpiresAndOnlyForItsPath() {
        String key = SignedLinks.newKey();
        Instant now = Instant.parse("2026-12-06T10:00:00Z");
        String link = SignedLinks.sign("/api/learning/media/7/content", now.plusSeconds(600), key);
        String signature = link.substring(link.indexOf("signature=") + "signature=".length());
        long expires = now.plusSeconds(600).getEpochSecond();

        assertThat(link).startsWith("/api/learning/media/7/content?expires=" + expires + "&signature=");
        assertThat(SignedLinks.valid("/api/learning/media/7/content", expires, signature, key, now)).isTrue();
        assertThat(SignedLinks.valid("/api/learning/media/7/content", expires, signature, key, now.plusSeconds(601)))
                .as("expired").isFalse();
        assertThat(SignedLinks.valid("/api/learning/media/8/content", expires, signature, key, now)).as("other file").isFalse();
        assertThat(SignedLinks.valid("/api/learning/media/7/content", expires + 3600, signature, key, now))
                .as("expiry pushed back").isFalse();
        assertThat(SignedLinks.valid("/api/learning/media/7/content", expires, signature, SignedLinks.newKey(), now))
                .as("key renewed").isFalse();
    }

    private static MockHttpServletResponse send(ObjectStore store, String key, String range) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/media");
        if (range != null) {
            request.addHeader("Range", range);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        RangedDownloads.send(request, response, store, key, 200_000, FileUploads.MP4, "第一讲.mp4", false);
        return response;
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(1).nextBytes(bytes);
        return bytes;
    }
}
