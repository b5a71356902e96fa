package org.dangjian.gateway.body;

import org.springframework.util.unit.DataSize;

/** A request body grew past the configured limit while it was being read. */
public class PayloadTooLargeException extends RuntimeException {
    private final DataSize limit;

    public PayloadTooLargeException(DataSize limit) {
        super("request body exceeds " + limit, null, false, false);
        this.limit = limit;
    }

    /** The limit for people: {@code 10 MB}, {@code 512 KB} or {@code 1000 bytes}. */
    public String limit() {
        return describe(limit);
    }

    public static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** This exception anywhere in the cause chain, or null. */
    public static PayloadTooLargeException findIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
