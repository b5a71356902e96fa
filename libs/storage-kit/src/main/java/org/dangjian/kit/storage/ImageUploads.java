package org.dangjian.kit.storage;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepts photos (JPEG, PNG, WebP, GIF): the size is capped while reading, and the type is what the bytes say (a
 * script renamed to .jpg is refused whatever the client claims). {@link FileUploads} with the image types and
 * {@value #UPLOAD_NOT_AN_IMAGE} as the refusal.
 */
public class ImageUploads {
    public static final String UPLOAD_TOO_LARGE = FileUploads.UPLOAD_TOO_LARGE;
    public static final String UPLOAD_NOT_AN_IMAGE = "UPLOAD_NOT_AN_IMAGE";
    private static final List<String> IMAGES = List.of(FileUploads.JPEG, FileUploads.PNG, FileUploads.WEBP,
            FileUploads.GIF);

    private final FileUploads uploads;

    public ImageUploads(ObjectStore store, long maxBytes) {
        Map<String, Long> caps = new LinkedHashMap<>();
        IMAGES.forEach(t -> caps.put(t, maxBytes));
        this.uploads = new FileUploads(store, caps, UPLOAD_NOT_AN_IMAGE);
    }

    public StoredUpload store(String folder, InputStream in) {
        return uploads.store(folder, in);
    }
}
