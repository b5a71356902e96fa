package org.dangjian.kit.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.Tika;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Accepts photos: the size is capped while reading, and the type is what the bytes say (a script
 * renamed to .jpg is refused whatever the client claims).
 */
public class ImageUploads {
    public static final String UPLOAD_TOO_LARGE = "UPLOAD_TOO_LARGE";
    public static final String UPLOAD_NOT_AN_IMAGE = "UPLOAD_NOT_AN_IMAGE";
    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp", "image/gif");

    private final ObjectStore store;
    private final long maxBytes;
    private final Tika tika = new Tika();

    public ImageUploads(ObjectStore store, long maxBytes) {
        this.store = store;
        this.maxBytes = maxBytes;
    }

    public StoredUpload store(String folder, InputStream in) {
        byte[] bytes = readCapped(in);
        String type = tika.detect(bytes);
        if (!IMAGES.contains(type)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UPLOAD_NOT_AN_IMAGE);
        }
        return new StoredUpload(store.put(folder, bytes, type), type, bytes.length);
    }

    private byte[] readCapped(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, UPLOAD_TOO_LARGE, maxBytes / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
