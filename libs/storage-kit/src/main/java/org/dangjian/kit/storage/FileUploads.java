package org.dangjian.kit.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Accepts files of a set of types, each with its own size cap: the bytes are read up to the largest cap and
 * no further, the type is what the bytes say (a script renamed to .pdf is refused whatever the client claims),
 * and the file is stored only when both pass. A refused type answers 415 with the code given (its message names
 * what is accepted, argument {0}); a file over its type's cap 413 {@value #UPLOAD_TOO_LARGE}.
 */
public class FileUploads {
    public static final String UPLOAD_TOO_LARGE = "UPLOAD_TOO_LARGE";
    /** A photo (JPEG, PNG, WebP) or a PDF was expected. */
    public static final String UPLOAD_NOT_A_PHOTO_OR_PDF = "UPLOAD_NOT_A_PHOTO_OR_PDF";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    public static final String GIF = "image/gif";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String MP4 = "video/mp4";
    public static final String MP3 = "audio/mpeg";
    public static final String M4A = "audio/mp4";
    /** The photo types a camera or a phone produces; what "a photo" means for evidence. */
    public static final Set<String> PHOTOS = Set.of(JPEG, PNG, WEBP);

    private final ObjectStore store;
    private final Map<String, Long> maxBytesByType;
    private final long readCap;
    private final String notAcceptedCode;
    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry TYPES = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /**
     * @param maxBytesByType the accepted types (as Tika names them) and the largest accepted file of each
     * @param notAcceptedCode the problem code of a file of any other type
     */
    public FileUploads(ObjectStore store, Map<String, Long> maxBytesByType, String notAcceptedCode) {
        if (maxBytesByType.isEmpty()) {
            throw new IllegalArgumentException("no type accepted");
        }
        this.store = store;
        this.maxBytesByType = Collections.unmodifiableMap(new LinkedHashMap<>(maxBytesByType));
        this.readCap = maxBytesByType.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        this.notAcceptedCode = notAcceptedCode;
    }

    /** Photos (JPEG, PNG, WebP) up to {@code maxPhotoBytes} and PDFs up to {@code maxPdfBytes}: scans and pictures. */
    public static FileUploads photosOrPdf(ObjectStore store, long maxPhotoBytes, long maxPdfBytes) {
        Map<String, Long> caps = new LinkedHashMap<>();
        PHOTOS.stream().sorted().forEach(t -> caps.put(t, maxPhotoBytes));
        caps.put(PDF, maxPdfBytes);
        return new FileUploads(store, caps, UPLOAD_NOT_A_PHOTO_OR_PDF);
    }

    public Set<String> acceptedTypes() {
        return maxBytesByType.keySet();
    }

    public StoredUpload store(String folder, InputStream in) {
        byte[] bytes = readCapped(in);
        return store(folder, bytes, TIKA.detect(bytes));
    }

    /**
     * As {@link #store(String, InputStream)}, the file's name narrowing what the bytes say and no more: the bytes of
     * a .docx only say "an Office zip", its name says which; a script renamed to .docx stays a script.
     */
    public StoredUpload store(String folder, String fileName, InputStream in) {
        byte[] bytes = readCapped(in);
        return store(folder, bytes, detect(bytes, fileName));
    }

    /**
     * What a file is, by its first bytes, its name narrowing what the bytes say and no more (an .m4a's bytes say
     * "an MP4 container", its name says audio; a script renamed to .mp4 stays a script).
     */
    public static String detect(byte[] head, String fileName) {
        String byBytes = TIKA.detect(head);
        if (fileName == null || fileName.isBlank()) {
            return byBytes;
        }
        String byName = TIKA.detect(head, fileName);
        boolean narrower = TYPES.isSpecializationOf(MediaType.parse(byName), MediaType.parse(byBytes));
        return narrower ? byName : byBytes;
    }

    private StoredUpload store(String folder, byte[] bytes, String type) {
        Long cap = maxBytesByType.get(type);
        if (cap == null) {
            // a file cut at the read cap may be anything: too large says more than "wrong type"
            if (bytes.length > readCap) {
                throw tooLarge(readCap);
            }
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, notAcceptedCode, String.join(", ", acceptedTypes()));
        }
        if (bytes.length > cap) {
            throw tooLarge(cap);
        }
        return new StoredUpload(store.put(folder, bytes, type), type, bytes.length);
    }

    private byte[] readCapped(InputStream in) {
        try (in) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, readCap + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge(long cap) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, UPLOAD_TOO_LARGE, Math.max(1, cap / (1024 * 1024)));
    }
}
