package org.dangjian.kit.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The S3 adapter against a local stand-in for an S3-compatible endpoint that keeps objects in memory
 * and records what the client sent: the wire format (path-style bucket, content type, SigV4 signature)
 * is what a real store would judge.
 */
class S3ObjectStoreTest {
    private HttpServer server;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final Map<String, String> contentTypes = new ConcurrentHashMap<>();
    private volatile String lastAuthorization;
    private final AtomicInteger deleteRequests = new AtomicInteger();

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            switch (exchange.getRequestMethod()) {
                case "PUT" -> {
                    objects.put(path, exchange.getRequestBody().readAllBytes());
                    contentTypes.put(path, exchange.getRequestHeaders().getFirst("Content-Type"));
                    exchange.getResponseHeaders().add("ETag", "\"stub\"");
                    exchange.sendResponseHeaders(200, -1);
                }
                case "GET" -> {
                    byte[] body = objects.get(path);
                    if (body == null) {
                        byte[] error = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                                + "<Message>missing</Message></Error>").getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders().add("Content-Type", "application/xml");
                        exchange.sendResponseHeaders(404, error.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(error);
                        }
                    } else {
                        exchange.getResponseHeaders().add("Content-Type", contentTypes.get(path));
                        String range = exchange.getRequestHeaders().getFirst("Range");
                        if (range != null) { // "bytes=a-b", as the client sends it
                            String[] bounds = range.substring("bytes=".length()).split("-");
                            int from = Integer.parseInt(bounds[0]);
                            int to = Integer.parseInt(bounds[1]);
                            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
                            body = java.util.Arrays.copyOfRange(body, from, to + 1);
                        }
                        exchange.sendResponseHeaders(range != null ? 206 : 200, body.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                    }
                }
                case "HEAD" -> {
                    byte[] body = objects.get(path);
                    if (body != null) {
                        exchange.getResponseHeaders().add("Content-Length", String.valueOf(body.length));
                    }
                    exchange.sendResponseHeaders(body == null ? 404 : 200, -1);
                }
                case "POST" -> { // DeleteObjects: POST /bucket?delete with the keys in XML
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    deleteRequests.incrementAndGet();
                    Matcher key = Pattern.compile("<Key>([^<]+)</Key>").matcher(body);
                    while (key.find()) {
                        objects.remove(path + "/" + key.group(1));
                    }
                    byte[] result = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DeleteResult/>"
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/xml");
                    exchange.sendResponseHeaders(200, result.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(result);
                    }
                }
                case "DELETE" -> {
                    objects.remove(path);
                    exchange.sendResponseHeaders(204, -1);
                }
                default -> exchange.sendResponseHeaders(405, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private ObjectStore store() {
        StorageProperties.S3 cfg = new StorageProperties.S3();
        cfg.setEndpoint("http://127.0.0.1:" + server.getAddress().getPort());
        cfg.setBucket("dj-photos");
        cfg.setAccessKey("test-access");
        cfg.setSecretKey("test-secret");
        return S3Stores.create(cfg);
    }

    @Test
    void storesSignedPathStyleObjectsAndReadsThemBack() throws IOException {
        ObjectStore store = store();
        byte[] photo = ImageUploadsTest.png(8, 8);
        String key = store.put("venue-photos", photo, "image/png");

        assertThat(objects).containsKey("/dj-photos/" + key);
        assertThat(objects.get("/dj-photos/" + key)).isEqualTo(photo);
        assertThat(contentTypes.get("/dj-photos/" + key)).isEqualTo("image/png");
        assertThat(lastAuthorization).startsWith("AWS4-HMAC-SHA256 Credential=test-access/");
        assertThat(store.get(key)).hasValue(photo);

        store.delete(key);
        assertThat(objects).isEmpty();
        assertThat(store.get(key)).isEmpty();
    }

    @Test
    void erasingManyFilesTakesOneRequestPerThousandKeys() {
        ObjectStore store = store();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            keys.add(store.put("meeting-photos", new byte[] {(byte) i}, "image/jpeg"));
        }
        String kept = store.put("meeting-photos", new byte[] {1}, "image/jpeg");

        store.deleteAll(keys);

        assertThat(deleteRequests).hasValue(2);
        assertThat(objects).containsOnlyKeys("/dj-photos/" + kept);
    }

    @Test
    void aLargeFileIsStreamedInAndReadBackByRangeWithoutFetchingTheRest() throws IOException {
        ObjectStore store = store();
        byte[] video = new byte[300_000];
        new java.util.Random(7).nextBytes(video);
        String key = store.put("lesson-media", new java.io.ByteArrayInputStream(video), video.length, FileUploads.MP4);

        assertThat(key).startsWith("lesson-media/").endsWith(".mp4");
        assertThat(store.size(key)).hasValue(video.length);
        try (java.io.InputStream part = store.open(key, 1_000, 500)) {
            assertThat(part.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(video, 1_000, 1_500));
        }
        store.delete(key);
        assertThat(store.size(key)).isEmpty();
    }
}
