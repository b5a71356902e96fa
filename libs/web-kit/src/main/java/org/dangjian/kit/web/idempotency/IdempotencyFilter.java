package org.dangjian.kit.web.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.dangjian.kit.web.problem.ProblemWriter;
import org.dangjian.kit.crypto.Sha256;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a {@code POST} carrying an {@code Idempotency-Key} happen once: mobile clients retry on a
 * flaky network, and a retried "create member" must not create two. The first response (2xx) is kept
 * in Redis for a day and replayed for the same caller and key; a retry while the first is still
 * running gets 409; the same key with a different body gets 422. Failed attempts are forgotten so the
 * client can try again. Only signed-in callers: anonymous calls (logins, token refreshes) have no identity to keep a
 * key under, and strangers sharing one would be served each other's tokens. A response marked
 * {@code Cache-Control: no-store} (tokens, numbers in clear) is never kept: its retry runs again.
 */
public class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String IN_PROGRESS = "in-progress";
    /** A request still "in progress" after this long died with its instance; let the client retry. */
    private static final Duration IN_PROGRESS_TTL = Duration.ofMinutes(2);

    private final StringRedisTemplate redis;
    private final ProblemWriter problems;
    private final String service;
    private final Duration ttl;

    public IdempotencyFilter(StringRedisTemplate redis, ProblemWriter problems, String service, Duration ttl) {
        this.redis = redis;
        this.problems = problems;
        this.service = service;
        this.ttl = ttl;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        return !"POST".equals(request.getMethod()) || key == null || key.isBlank() || key.length() > 200
                || request.getUserPrincipal() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal caller = request.getUserPrincipal();
        String redisKey = "dj:idem:" + service + ":" + caller.getName() + ":"
                + request.getRequestURI() + ":" + request.getHeader(HEADER);
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = Sha256.hex(body);

        Boolean first = redis.opsForHash().putIfAbsent(redisKey, "state", IN_PROGRESS);
        if (!Boolean.TRUE.equals(first)) {
            replayOrRefuse(redisKey, fingerprint, request, response);
            return;
        }
        redis.opsForHash().put(redisKey, "fingerprint", fingerprint);
        redis.expire(redisKey, IN_PROGRESS_TTL);

        ContentCachingResponseWrapper res = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new ReplayableBodyRequest(request, body), res);
            if (res.getStatus() >= 200 && res.getStatus() < 300 && !noStore(res)) {
                redis.opsForHash().putAll(redisKey, Map.of(
                        "state", "done",
                        "status", Integer.toString(res.getStatus()),
                        "contentType", res.getContentType() == null ? "" : res.getContentType(),
                        "location", res.getHeader("Location") == null ? "" : res.getHeader("Location"),
                        "body", new String(res.getContentAsByteArray(), StandardCharsets.UTF_8)));
                redis.expire(redisKey, ttl);
                stored = true;
            }
        } finally {
            if (!stored) {
                redis.delete(redisKey);
            }
            res.copyBodyToResponse();
        }
    }

    private static boolean noStore(HttpServletResponse response) {
        String cacheControl = response.getHeader("Cache-Control");
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-store");
    }

    private void replayOrRefuse(String redisKey, String fingerprint, HttpServletRequest request,
                                HttpServletResponse response) throws IOException {
        Map<Object, Object> saved = redis.opsForHash().entries(redisKey);
        if (!fingerprint.equals(saved.get("fingerprint")) && saved.get("fingerprint") != null) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ProblemCodes.IDEMPOTENCY_KEY_REUSED);
            return;
        }
        if (!"done".equals(saved.get("state"))) {
            problems.write(request, response, HttpStatus.CONFLICT, ProblemCodes.IDEMPOTENCY_IN_PROGRESS);
            return;
        }
        response.setStatus(Integer.parseInt((String) saved.get("status")));
        String contentType = (String) saved.get("contentType");
        if (contentType != null && !contentType.isEmpty()) {
            response.setContentType(contentType);
        }
        String location = (String) saved.get("location");
        if (location != null && !location.isEmpty()) {
            response.setHeader("Location", location);
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(((String) saved.get("body")).getBytes(StandardCharsets.UTF_8));
    }

}
