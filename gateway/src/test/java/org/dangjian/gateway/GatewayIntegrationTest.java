package org.dangjian.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.dangjian.auth.contract.RevokedTokens;
import org.dangjian.gateway.support.RawHttp;
import org.dangjian.gateway.support.StubService;
import org.dangjian.gateway.support.Tokens;
import org.dangjian.kit.infra.EmbeddedRedis;
import org.dangjian.kit.infra.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * The gateway as a client meets it: real Redis, a stub org-service (which also serves the JWKS,
 * fetched through the load balancer as in production), a registered-but-dead transfer-service and
 * a points-service with no instance at all. The routes come from the services' descriptions, plus the
 * fake-service one this test adds (src/test/resources/META-INF/dj/services/fake-service).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false",
        "dj.gateway.rate-limit.replenish-rate=1",
        "dj.gateway.rate-limit.burst-capacity=5",
        "dj.gateway.rate-limit.per-address-per-second=10",
        "dj.gateway.rate-limit.per-address-burst=60",
        // the test client plays the ingress too: requests that name a client in X-Forwarded-For come "through" it
        "dj.gateway.trusted-proxies=127.0.0.1",
        "dj.gateway.max-body-size=4KB",
        "dj.gateway.circuit-breaker.timeout=2s",
        "dj.gateway.circuit-breaker.bulk-timeout=20s",
        "logging.level.org.dangjian.gateway=DEBUG"
})
@ExtendWith(OutputCaptureExtension.class)
class GatewayIntegrationTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    static final EmbeddedRedis REDIS = EmbeddedRedis.start(null, 0);
    static final Tokens TOKENS = Tokens.generate();
    static final StubService ORG_SERVICE = StubService.start(TOKENS.jwks());
    static final int DEAD_PORT = FreePort.find();
    static final Path PORTAL = builtPortal();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", REDIS::url);
        registry.add("dj.portal.dir", PORTAL::toString);
        String simple = "spring.cloud.discovery.client.simple.instances.";
        registry.add(simple + "org-service[0].uri", ORG_SERVICE::baseUrl);
        // and one killed without deregistering: the keys and org-service's routes still work (a refused connection
        // is tried again on the next instance)
        registry.add(simple + "org-service[1].uri", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add(simple + "member-service[0].uri", ORG_SERVICE::baseUrl);
        registry.add(simple + "notify-service[0].uri", ORG_SERVICE::baseUrl);
        registry.add(simple + "fake-service[0].uri", ORG_SERVICE::baseUrl);
        registry.add(simple + "transfer-service[0].uri", () -> "http://127.0.0.1:" + DEAD_PORT);
        // one instance killed without deregistering (still listed), one alive
        registry.add(simple + "recruitment-service[0].uri", () -> "http://127.0.0.1:" + DEAD_PORT);
        registry.add(simple + "recruitment-service[1].uri", ORG_SERVICE::baseUrl);
    }

    @AfterAll
    static void stop() {
        ORG_SERVICE.close();
        REDIS.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory breakers;

    @Autowired
    ReactiveStringRedisTemplate redis;

    WebTestClient client;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A stand-in for portal/dist: the page and one hashed script. */
    private static Path builtPortal() {
        try {
            Path dir = Files.createTempDirectory("dj-portal");
            Files.createDirectories(dir.resolve("assets"));
            Files.writeString(dir.resolve("index.html"), "<!doctype html><title>党建云</title><div id=\"app\"></div>");
            Files.writeString(dir.resolve("assets/index-3f9a2c.js"), "console.log('portal')");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    // --- routing with a valid token -------------------------------------------------------------

    @Test
    void validTokenIsRoutedWithTokenAndTraceIdButWithoutClientIdentityHeaders() {
        String token = TOKENS.valid();
        String path = "/api/members/" + unique("m");

        String traceId = client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Org-Id", "1")
                .header("X-Org-Path", "/1/")
                .header("X-Roles", "CITY_ADMIN")
                .header("X-User-Name", "admin")
                .header("X-Account-Id", "1")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Trace-Id", "[0-9a-f]{32}")
                .expectBody().jsonPath("$.path").isEqualTo(path)
                .returnResult().getResponseHeaders().getFirst("X-Trace-Id");

        StubService.Received seen = ORG_SERVICE.find(path).orElseThrow();
        assertThat(seen.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(seen.header("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
        assertThat(seen.headers()).doesNotContainKeys("X-Org-Id", "X-Org-Path", "X-Roles", "X-User-Name",
                "X-Account-Id");
    }

    @Test
    void aClientsTraceparentIsContinuedAndAMalformedOneReplaced(CapturedOutput output) {
        String kept = "0123456789abcdef0123456789abcdef";
        String path = "/api/orgs/" + unique("o");
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .header("traceparent", "00-" + kept + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Trace-Id", kept);
        // same trace, the gateway's own span as the parent
        assertThat(ORG_SERVICE.find(path).orElseThrow().header("traceparent"))
                .matches("00-" + kept + "-[0-9a-f]{16}-01")
                .doesNotContain("00f067aa0ba902b7");
        // the gateway's own log line of the request carries it too
        List<String> logged = List.of();
        for (int i = 0; i < 50 && logged.isEmpty(); i++) {
            logged = output.getOut().lines().filter(line -> line.contains("GET " + path + " -> ")).toList();
            sleep(100);
        }
        assertThat(logged).isNotEmpty().allMatch(line -> line.contains("[" + kept + "]"));

        client.get().uri("/api/orgs/" + unique("o"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .header("traceparent", "not a trace id!")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Trace-Id", "[0-9a-f]{32}");
    }

    /** Only W3C trace context is continued: an id a client puts in X-Trace-Id is not taken over. */
    @Test
    void aClientsXTraceIdIsNotHonoured() {
        String sent = "0123456789abcdef0123456789abcdef";
        String answered = client.get().uri("/api/orgs/" + unique("o"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .header("X-Trace-Id", sent)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("X-Trace-Id", "[0-9a-f]{32}")
                .returnResult(Void.class).getResponseHeaders().getFirst("X-Trace-Id");
        assertThat(answered).isNotEqualTo(sent);
    }

    // --- tokens that are turned away ------------------------------------------------------------

    @Test
    void missingTokenIs401ProblemInChinese() {
        String path = "/api/members/" + unique("m");
        client.get().uri(path)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("UNAUTHORIZED")
                .jsonPath("$.title").isEqualTo("未认证")
                .jsonPath("$.instance").isEqualTo(path)
                .jsonPath("$.traceId").value(id -> assertThat((String) id).matches("[0-9a-f]{32}"));
        assertThat(ORG_SERVICE.reached(path)).isFalse();
    }

    @Test
    void acceptLanguageEnglishGivesEnglishText() {
        client.get().uri("/api/members/x")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,zh-CN;q=0.5")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("access token"));

        client.get().uri("/api/members/x")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9,en;q=0.8")
                .exchange()
                .expectBody().jsonPath("$.title").isEqualTo("未认证");
    }

    @Test
    void malformedTokenIs401() {
        client.get().uri("/api/members/x")
                .header(HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHORIZED");
    }

    @Test
    void tamperedTokenIs401() {
        String[] parts = TOKENS.valid().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("ORG_ADMIN", "CITY_ADMIN");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        client.get().uri("/api/members/x")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tampered)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHORIZED");
    }

    @Test
    void tokenSignedByAnotherKeyIs401() {
        String forged = TOKENS.forAccount(Tokens.freshAccount()).forged().sign();
        client.get().uri("/api/members/x")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHORIZED");
    }

    /**
     * A key id the gateway does not know makes it fetch org-service's keys again; with an instance of org-service
     * dead but still listed, every such fetch must still get the keys (and the token its 401), never a 503.
     */
    @Test
    void unknownKeyIdsAre401EvenWhenAnOrgServiceInstanceIsDeadButListed() {
        for (int i = 0; i < 4; i++) {
            client.get().uri("/api/members/x")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.forAccount(Tokens.freshAccount()).unknownKey().sign())
                    .exchange()
                    .expectStatus().isUnauthorized();
        }
    }

    @Test
    void tokenOfAnotherIssuerIs401() {
        String foreign = TOKENS.forAccount(Tokens.freshAccount()).issuer("someone-else").sign();
        client.get().uri("/api/members/x")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + foreign)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHORIZED");
    }

    @Test
    void expiredTokenIs401TokenExpired() {
        String expired = TOKENS.forAccount(Tokens.freshAccount())
                .issuedAt(Instant.now().minus(Duration.ofMinutes(20)))
                .expiresAt(Instant.now().minus(Duration.ofMinutes(5)))
                .sign();
        client.get().uri("/api/members/x")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + expired)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("TOKEN_EXPIRED")
                .jsonPath("$.title").isEqualTo("Token expired");
    }

    @Test
    void tokenRevokedByItsJtiKeyIs401() {
        String jti = UUID.randomUUID().toString();
        String token = TOKENS.forAccount(Tokens.freshAccount()).jti(jti).sign();
        client.get().uri("/api/members/x")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk();

        redis.opsForValue().set(RevokedTokens.jtiKey(jti), "1", Duration.ofMinutes(20)).block();

        client.get().uri("/api/members/x")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNAUTHORIZED")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("失效"));
    }

    @Test
    void tokensIssuedBeforeTheAccountMarkAre401AndLaterOnesPass() {
        long account = Tokens.freshAccount();
        Instant mark = Instant.now().minusSeconds(60);
        String before = TOKENS.forAccount(account).issuedAt(mark.minusSeconds(120)).sign();
        String after = TOKENS.forAccount(account).issuedAt(mark.plusSeconds(30)).sign();

        redis.opsForValue().set(RevokedTokens.accountKey(Long.toString(account)),
                Long.toString(mark.getEpochSecond()), Duration.ofMinutes(20)).block();

        client.get().uri("/api/members/x")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + before)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHORIZED");
        client.get().uri("/api/members/x")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + after)
                .exchange()
                .expectStatus().isOk();
    }

    // --- anonymous routes -----------------------------------------------------------------------

    @Test
    void loginPassesWithoutTokenAndEvenWithAStaleOne() {
        client.post().uri("/api/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"admin\",\"password\":\"secret\"}")
                .exchange()
                .expectStatus().isOk();
        StubService.Received login = ORG_SERVICE.find("/api/auth/login").orElseThrow();
        assertThat(login.method()).isEqualTo("POST");
        assertThat(login.bodyBytes()).isPositive();

        client.post().uri("/api/auth/refresh")
                .header(HttpHeaders.AUTHORIZATION, "Bearer expired.or.garbage")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"refreshToken\":\"r\"}")
                .exchange()
                .expectStatus().isOk();
    }

    /** SMS providers push reports with no user token; notify-service checks the secret in the URL. */
    @Test
    void smsDeliveryReportsPassWithoutTokenButTheMessageLogDoesNot() {
        client.post().uri("/api/notifications/reports/aliyun?token=shared-secret")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[{\"biz_id\":\"9006^0\",\"success\":true}]")
                .exchange()
                .expectStatus().isOk();
        assertThat(ORG_SERVICE.find("/api/notifications/reports/aliyun")).isPresent();

        client.get().uri("/api/notifications/messages")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void otherAuthCallsStillNeedAToken() {
        client.post().uri("/api/auth/logout")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void healthOfAServiceIsRoutedToItsActuatorWithoutToken() {
        client.get().uri("/health/org-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        assertThat(ORG_SERVICE.find("/actuator/health")).isPresent();
    }

    @Test
    void healthOfAServiceWithoutInstanceIs503Problem() {
        client.get().uri("/health/points-service")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }

    @Test
    void healthProbesOfAServiceNotYetThereOpenNoBreakerThatWouldLaterHideItsHealth() {
        for (int i = 0; i < 30; i++) {
            client.get().uri("/health/points-service").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        }

        assertThat(breakers.getCircuitBreakerRegistry().find("health-points-service")).isEmpty();
        assertThat(breakers.getCircuitBreakerRegistry().getAllCircuitBreakers())
                .noneMatch(b -> b.getName().startsWith("health-"));
    }

    // --- services that are not there ------------------------------------------------------------

    @Test
    void deadDownstreamGives503ProblemQuicklyAndTheLogLineCarriesTheTraceId(CapturedOutput output) {
        String traceId = "feedfacefeedfacefeedfacefeedface";
        client.get().uri("/api/transfers/t1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectHeader().valueEquals("X-Trace-Id", traceId)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.traceId").isEqualTo(traceId)
                .jsonPath("$.instance").isEqualTo("/api/transfers/t1")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("transfer-service"));

        assertThat(output.getOut().lines()
                .filter(line -> line.contains("transfer-service unavailable"))
                .toList())
                .isNotEmpty()
                .allMatch(line -> line.contains(traceId));
    }

    /**
     * A write the load balancer sends to a dead instance still listed is refused before it reaches anything, so the
     * gateway sends it to the next: every write answers, with its whole body, none twice.
     */
    @Test
    void aWriteRefusedByADeadInstanceStillListedGoesToALiveOneWithItsBody() {
        String body = "{\"note\":\"" + "写".repeat(100) + "\"}";
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < 6; i++) {
            String path = "/api/recruitment/" + unique("write");
            client.post().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectStatus().isOk();
            assertThat(ORG_SERVICE.find(path)).as(path).hasValueSatisfying(received -> {
                assertThat(received.method()).isEqualTo("POST");
                assertThat(received.bodyBytes()).isEqualTo(bytes);
            });
        }
    }

    @Test
    void aSlowAnswerIs503OnOrdinaryRoutesButAnImportMayTakeLonger() {
        String token = TOKENS.valid();
        client.get().uri("/api/members/slow?delayMs=3000")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

        client.post().uri("/api/members/import?delayMs=3000")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/members/import");

        client.post().uri("/api/members/cases/import?delayMs=3000")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo("/api/members/cases/import");
    }

    @Test
    void serviceWithoutInstanceGives503Problem() {
        client.post().uri("/api/points/p1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");
    }

    @Test
    void aNewServiceDescriptionIsRoutedAndListedInTheApiDocuments() {
        String path = "/api/fakes/" + unique("f");
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.path").isEqualTo(path);
        assertThat(ORG_SERVICE.find(path)).as("reached lb://fake-service").isPresent();

        client.get().uri("/v3/api-docs/gateway/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'fake-service')].url").isEqualTo("/v3/api-docs/fake-service")
                .jsonPath("$['urls.primaryName']").isEqualTo("org-service");
        client.get().uri("/v3/api-docs/fake-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.servers[0].url").isEqualTo("/");
        client.get().uri("/health/fake-service")
                .exchange()
                .expectStatus().isOk();
    }

    /** Only described services are routed: an area planned but not yet served is like any unknown path. */
    @Test
    void anAreaNoServiceDescribesIs404Problem() {
        String path = "/api/supervision/" + unique("s");
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.instance").isEqualTo(path);
        assertThat(ORG_SERVICE.reached(path)).isFalse();
    }

    @Test
    void unknownApiPathIs404Problem() {
        client.get().uri("/api/no-such-area/route")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.instance").isEqualTo("/api/no-such-area/route")
                .jsonPath("$.traceId").exists();
    }

    // --- the portal ------------------------------------------------------------------------------

    /** A page of the portal is index.html (history-mode routing), open without a token, checked on every visit. */
    @Test
    void aPortalPageIsServedWithoutATokenNeverCachedAndUnderAContentSecurityPolicy() {
        client.get().uri("/members")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache")
                .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'self'.*frame-ancestors 'none'.*")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(String.class).value(body -> assertThat(body).contains("<div id=\"app\">"));
        client.get().uri("/").exchange().expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    /**
     * A browser (or an ingress) sends its next request on the same connection as soon as an answer arrives. When a
     * request answered at once (a 404) waited behind one answered later (a file read off the event loop), reactor-netty
     * 1.3.6 stopped reading the connection afterwards: the next request hung until the client gave up (reactor-netty
     * issue 4361; CI saw it as a 30-second hang after the portal's file tests).
     */
    @Test
    void aKeepAliveConnectionStillAnswersAfterARequestQueuedBehindASlowerOne() throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            java.io.OutputStream out = socket.getOutputStream();
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            for (int round = 0; round < 3; round++) {
                out.write(RawHttp.get("/assets/index-3f9a2c.js"));
                out.write(RawHttp.get("/assets/index-old000.js"));
                out.flush();
                assertThat(RawHttp.readStatus(in)).isEqualTo(200);
                assertThat(RawHttp.readStatus(in)).isEqualTo(404);

                out.write(RawHttp.get("/index.html"));
                out.flush();
                // without the fix: SocketTimeoutException, the request is never read
                assertThat(RawHttp.readStatus(in)).as("round %d", round).isEqualTo(200);
            }
        }
    }

    /** A build's scripts have hashed names, so a browser keeps them a year and asks again only after a new build. */
    @Test
    void theHashedFilesOfAPortalBuildAreCachedForAYear() {
        client.get().uri("/assets/index-3f9a2c.js")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CONTENT_TYPE, "(text|application)/javascript.*")
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*max-age=31536000.*immutable.*")
                .expectBody(String.class).isEqualTo("console.log('portal')");
        client.get().uri("/assets/index-old000.js").exchange().expectStatus().isNotFound();
    }

    /** The portal never answers for the API: a call without a token is still refused with a problem. */
    @Test
    void theApiIsNotShadowedByThePortal() {
        client.get().uri("/api/orgs/tree")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(PROBLEM_JSON);
        client.post().uri("/members")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    /** Service-to-service routes (service tokens, members' clear phones) are for services inside only. */
    @Test
    void internalRoutesOfServicesAreNotRoutedEvenWithAValidToken() {
        for (String path : new String[] {"/internal/auth/service-token", "/internal/members/contacts"}) {
            client.post().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus().isNotFound();
            assertThat(ORG_SERVICE.reached(path)).as(path).isFalse();
        }
    }

    // --- limits ---------------------------------------------------------------------------------

    @Test
    void overTheRateLimitIs429ProblemPerAccount() {
        String busy = TOKENS.valid();
        List<Integer> statuses = new ArrayList<>();
        EntityExchangeResult<byte[]> refused = null;
        // burst 5, one more per second: a quick run of requests must hit the limit
        for (int i = 0; i < 30 && refused == null; i++) {
            EntityExchangeResult<byte[]> result = client.get().uri("/api/members/rl")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + busy)
                    .exchange()
                    .expectBody().returnResult();
            statuses.add(result.getStatus().value());
            if (result.getStatus().value() == 429) {
                refused = result;
            }
        }
        assertThat(statuses).startsWith(200).contains(429);
        assertThat(refused.getResponseHeaders().getContentType()).hasToString(PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        String body = new String(refused.getResponseBodyContent(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"status\":429", "\"code\":\"TOO_MANY_REQUESTS\"", "\"traceId\":\"");

        // another account has its own bucket
        client.get().uri("/api/members/rl")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void aFloodOfMadeUpTokensFromOneAddressIsRefusedBeforeTheyAreChecked() {
        List<Integer> flood = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            flood.add(client.get().uri("/api/members/flood")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer made.up." + i)
                    .header("X-Forwarded-For", "198.51.100.23")
                    .exchange()
                    .expectBody().returnResult().getStatus().value());
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds() + 1;
        // 60 at once, then 10 a second: whatever the machine's speed, no more were checked (401) than that allows,
        // and the rest were refused (429) before any check
        assertThat(flood).startsWith(401).contains(429).containsOnly(401, 429);
        assertThat(flood.stream().filter(status -> status == 401).count()).isLessThanOrEqualTo(60 + 10 * seconds);

        // another address at the same moment is not held back
        client.get().uri("/api/members/flood")
                .header(HttpHeaders.AUTHORIZATION, "Bearer made.up.again")
                .header("X-Forwarded-For", "198.51.100.24")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void servicesGetTheClientAddressTheIngressSawNotOneTheClientWrote() {
        String path = "/api/members/" + unique("addr");
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .header("X-DJ-Client-Address", "6.6.6.6")
                .header("X-Forwarded-For", "7.7.7.7, 203.0.113.77")
                .exchange()
                .expectStatus().isOk();
        assertThat(ORG_SERVICE.find(path)).get()
                .extracting(received -> received.header("X-DJ-Client-Address"))
                .isEqualTo("203.0.113.77");

        String direct = "/api/members/" + unique("addr");
        client.get().uri(direct)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .header("X-DJ-Client-Address", "6.6.6.6")
                .exchange()
                .expectStatus().isOk();
        assertThat(ORG_SERVICE.find(direct)).get()
                .extracting(received -> received.header("X-DJ-Client-Address"))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void bodyOverTheLimitIs413Problem() {
        client.post().uri("/api/members/big")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(5 * 1024))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("4 KB"));
        assertThat(ORG_SERVICE.reached("/api/members/big")).isFalse();
    }

    /**
     * A client still sending a body far over the limit when the 413 leaves can finish sending and then read it: the
     * gateway goes on reading (and dropping) the upload. Closing with the upload unread would make
     * the kernel reset the connection, and a reset can wipe the answer before the client reads it (RFC 9112 §9.6).
     */
    @Test
    void aClientStillSendingABodyFarOverTheLimitFinishesAndReadsThe413() throws Exception {
        int length = 8 * 1024 * 1024;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/members/import HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer " + TOKENS.valid()
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            out.write(chunk);
            out.flush();
            // the answer comes at once, from Content-Length; a gateway that closed now would reset what follows
            assertThat(RawHttp.readStatus(socket.getInputStream())).isEqualTo(413);
            for (int sent = chunk.length; sent < length; sent += chunk.length) {
                out.write(chunk);
            }
            // the upload read to its end, the connection carries the next request
            out.write(RawHttp.get("/api/members/x"));
            out.flush();
            assertThat(RawHttp.readStatus(socket.getInputStream())).as("no token").isEqualTo(401);
        }
        assertThat(ORG_SERVICE.reached("/api/members/import")).isFalse();
    }

    @Test
    void chunkedBodyOverTheLimitIs413Problem() {
        client.post().uri("/api/members/big-chunked")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKENS.valid())
                .contentType(MediaType.TEXT_PLAIN)
                .body(Flux.just("a".repeat(3000), "b".repeat(3000)), String.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    // --- browser and docs -----------------------------------------------------------------------

    @Test
    void corsPreflightFromThePortalIsAnsweredWithoutToken() {
        client.options().uri("/api/members/x")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");

        client.options().uri("/api/members/x")
                .header(HttpHeaders.ORIGIN, "http://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void swaggerUiListsTheServicesAndTheirDocsAreRoutedWithTheGatewayAsServerAndItsOwnAnswers() {
        client.get().uri("/v3/api-docs/gateway/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'org-service')].url").isEqualTo("/v3/api-docs/org-service")
                .jsonPath("$.urls[?(@.name == 'member-service')].url").isEqualTo("/v3/api-docs/member-service");

        client.get().uri("/v3/api-docs/org-service")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").isEqualTo("3.0.1")
                .jsonPath("$.servers[0].url").isEqualTo("/")
                // the answers the gateway itself gives are on every operation, as the service's problems
                .jsonPath("$.paths['/api/orgs/{id}'].get.responses['200'].description").isEqualTo("OK")
                .jsonPath("$.paths['/api/orgs/{id}'].get.responses['429'].content['application/problem+json'].schema['$ref']")
                .isEqualTo("#/components/schemas/Problem")
                .jsonPath("$.paths['/api/orgs/{id}'].get.responses['503'].content['application/problem+json'].schema['$ref']")
                .isEqualTo("#/components/schemas/Problem");

        client.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().value(status -> assertThat(status).isLessThan(400));
    }

    @Test
    void readinessIncludesRedis() {
        client.get().uri("/actuator/health/readiness")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness")
                .exchange()
                .expectStatus().isOk();
    }
}
