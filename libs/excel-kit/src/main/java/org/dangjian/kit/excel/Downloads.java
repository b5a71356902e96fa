package org.dangjian.kit.excel;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Response headers of a workbook download; file names are Chinese, so they go out RFC 5987-encoded. */
public final class Downloads {
    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

    private Downloads() {
    }

    /** Sets the type and the attachment name; call before writing the first byte. */
    public static void startXlsx(HttpServletResponse response, String filename) {
        response.setContentType(XLSX_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(filename));
    }

    public static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
    }

    /** Whether the {@code Accept} header asks for a workbook (rather than problem details). */
    public static boolean wantsXlsx(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        return MediaType.parseMediaTypes(accept).stream().anyMatch(XLSX::equalsTypeAndSubtype);
    }
}
