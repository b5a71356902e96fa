package org.dangjian.kit.storage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;

/**
 * Sends a stored file the way players and download managers want it: {@code Accept-Ranges: bytes}, one byte range
 * answered 206 with {@code Content-Range} (a player seeking, a download resumed), a range past the end 416 with the
 * file's size, anything else (no range, several ranges, a malformed header) the whole file with 200. The bytes are
 * read from the store as they are sent, never held in memory.
 */
public final class RangedDownloads {
    private RangedDownloads() {
    }

    /**
     * @param size the file's size, as its owner recorded it (no round trip to the store to ask)
     * @param fileName offered to "save as" when {@code attachment}; otherwise the file opens in place
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, ObjectStore store, String key,
                            long size, String contentType, String fileName, boolean attachment) {
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, (attachment ? ContentDisposition.attachment()
                : ContentDisposition.inline()).filename(fileName, StandardCharsets.UTF_8).build().toString());
        long from = 0;
        long length = size;
        HttpRange range = single(request.getHeader(HttpHeaders.RANGE));
        if (range != null) {
            if (size == 0 || range.getRangeStart(size) >= size) {
                response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
                return;
            }
            from = range.getRangeStart(size);
            length = range.getRangeEnd(size) - from + 1;
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + from + "-" + (from + length - 1) + "/" + size);
        }
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod()) || length == 0) {
            return;
        }
        try (InputStream in = store.open(key, from, length)) {
            in.transferTo(response.getOutputStream());
        } catch (IOException e) {
            if (response.isCommitted()) {
                return; // the client went away mid-file (a player seeking drops its previous request): no one to tell
            }
            throw new UncheckedIOException(e);
        }
    }

    /** The one range asked for, or null for the whole file. */
    private static HttpRange single(String header) {
        if (header == null) {
            return null;
        }
        try {
            List<HttpRange> ranges = HttpRange.parseRanges(header);
            return ranges.size() == 1 ? ranges.get(0) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
