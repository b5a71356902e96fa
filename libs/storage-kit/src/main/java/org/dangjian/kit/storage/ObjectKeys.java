package org.dangjian.kit.storage;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Keys look like {@code venue-photos/2026-11/<uuid>.jpg}: unguessable, and safe as file paths. */
final class ObjectKeys {
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,40}/\\d{4}-\\d{2}/[0-9a-f-]{36}\\.[a-z0-9]{3,4}");
    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("image/jpeg", "jpg"), Map.entry("image/png", "png"), Map.entry("image/webp", "webp"),
            Map.entry("image/gif", "gif"), Map.entry("application/pdf", "pdf"), Map.entry(FileUploads.DOCX, "docx"),
            Map.entry(FileUploads.DOC, "doc"), Map.entry(FileUploads.XLSX, "xlsx"), Map.entry(FileUploads.XLS, "xls"),
            Map.entry(FileUploads.MP4, "mp4"), Map.entry(FileUploads.MP3, "mp3"), Map.entry(FileUploads.M4A, "m4a"));

    private ObjectKeys() {
    }

    static String newKey(String folder, String contentType) {
        if (!FOLDER.matcher(folder).matches()) {
            throw new IllegalArgumentException("bad folder name: " + folder);
        }
        return folder + "/" + YearMonth.now() + "/" + UUID.randomUUID() + "." + EXTENSIONS.getOrDefault(contentType, "bin");
    }

    /** Refuses anything a store did not make, e.g. {@code ../../etc/passwd}. */
    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an object key: " + key);
        }
        return key;
    }
}
