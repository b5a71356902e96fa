package org.dangjian.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * HTTP/1.1 responses read off a plain socket, for tests that must control how requests share one keep-alive
 * connection (a pooled client decides that itself). Handles bodies with Content-Length only.
 */
public final class RawHttp {
    private RawHttp() {
    }

    /** A request with no body, keeping the connection open. */
    public static byte[] get(String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: gateway\r\nAccept: */*\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** The status code of the next response on the stream, its body read and dropped. */
    public static int readStatus(InputStream in) throws IOException {
        String status = line(in);
        long length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(header.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes((int) length);
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-response");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
