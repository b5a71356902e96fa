package org.dangjian.gateway.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Serves the built portal at the gateway's root when {@code dj.portal.dir} names it. Hashed files under
 * {@code /assets/} are cached for a year (a new build has new names); {@code index.html} is never cached, so a
 * deployment reaches every browser at its next navigation. A path without a file extension is one of the portal's
 * own pages (history-mode routing) and gets {@code index.html}; a missing file is 404.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public class PortalRoutes {
    /**
     * Scripts and styles only from the gateway itself; inline styles are allowed because Element Plus positions
     * popups with style attributes. Images may be blob: or data: (photo previews), audio and video blob: (a lesson's
     * file read for its length before it is uploaded); no framing, no plugins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl ALWAYS_CHECK = CacheControl.noCache();

    @Bean
    RouterFunction<ServerResponse> portal(PortalProperties properties) {
        Path dir = properties.getDir();
        if (dir == null || !Files.isRegularFile(dir.resolve("index.html"))) {
            return RouterFunctions.route(request -> false, request -> ServerResponse.notFound().build());
        }
        Path root = dir.toAbsolutePath().normalize();
        return RouterFunctions.route(RequestPredicates.GET("/**")
                .and(request -> PortalPaths.isPortal(request.path())), request -> serve(root, request));
    }

    private static Mono<ServerResponse> serve(Path root, ServerRequest request) {
        String path = request.path();
        Path file = root.resolve(path.substring(1)).normalize();
        if (file.startsWith(root) && !path.endsWith("/") && Files.isRegularFile(file)) {
            return file(file, path.startsWith("/assets/") ? HASHED : ALWAYS_CHECK);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".")) {
            return ServerResponse.notFound().build();
        }
        return file(root.resolve("index.html"), ALWAYS_CHECK);
    }

    /**
     * The file's bytes, read off the event loop. Not a FileSystemResource: reactor-netty sends those with zero-copy
     * file regions, and a client connection reused after one once hung its next request for 30 s in CI; the
     * portal's files are small (the largest page chunk is about 110 KB), so reading them whole costs nothing.
     */
    private static Mono<ServerResponse> file(Path file, CacheControl cache) {
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString())
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        return Mono.fromCallable(() -> Files.readAllBytes(file))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(bytes -> ServerResponse.ok()
                        .contentType(type)
                        .cacheControl(cache)
                        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                        .header("X-Content-Type-Options", "nosniff")
                        .bodyValue(bytes));
    }
}
