package org.dangjian.kit.storage;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Accepts documents a Party worker prints or fills in: PDF (up to {@code max-pdf-bytes}), Word and Excel, new and
 * old formats (up to {@code max-office-bytes}). The type is what the bytes say, narrowed by the file's name where
 * the bytes only say "an Office file" (see {@link FileUploads#store(String, String, InputStream)}); anything else
 * is refused with {@value #UPLOAD_NOT_A_DOCUMENT}.
 */
public class DocumentUploads {
    public static final String UPLOAD_NOT_A_DOCUMENT = "UPLOAD_NOT_A_DOCUMENT";

    private final FileUploads uploads;

    public DocumentUploads(ObjectStore store, long maxPdfBytes, long maxOfficeBytes) {
        Map<String, Long> caps = new LinkedHashMap<>();
        caps.put(FileUploads.PDF, maxPdfBytes);
        for (String office : new String[] {FileUploads.DOCX, FileUploads.DOC, FileUploads.XLSX, FileUploads.XLS}) {
            caps.put(office, maxOfficeBytes);
        }
        this.uploads = new FileUploads(store, caps, UPLOAD_NOT_A_DOCUMENT);
    }

    public StoredUpload store(String folder, String fileName, InputStream in) {
        return uploads.store(folder, fileName, in);
    }
}
