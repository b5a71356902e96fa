package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reliability suite, registration: a process that reaches the registry without the platform's credentials cannot
 * register itself as org-service (and so cannot answer in its name), and a token signed with a key other than the
 * platform's, under a made-up key id or the real one, is refused everywhere, whatever it claims.
 */
@Order(Integer.MAX_VALUE - 3)
class RegistrationE2eTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ROGUE = "rogue-org-service:6666";

    @Test
    void anInstanceWithoutTheRegistrysCredentialsIsNotListedAndNoVerifierTrustsItsKeys() throws Exception {
        Platform platform = Platform.get();
        String registry = "http://127.0.0.1:" + setting(platform, "env/registry.env", "SERVER_PORT") + "/eureka";
        String password = setting(platform, "secrets.env", "DJ_REGISTRY_PASSWORD");
        String instance = """
                {"instance": {"instanceId": "%s", "hostName": "127.0.0.1", "app": "ORG-SERVICE", "ipAddr": "127.0.0.1",
                 "status": "UP", "port": {"$": 6666, "@enabled": "true"},
                 "dataCenterInfo": {"@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", "name": "MyOwn"}}}
                """.formatted(ROGUE);

        int anonymous = register(registry, instance, null);
        int wrongPassword = register(registry, instance, "dangjian:" + "0".repeat(32));
        JsonNode listed = Api.JSON.readTree(get(registry + "/apps/ORG-SERVICE", "dangjian:" + password).body());

        assertThat(anonymous).as("registering without credentials").isEqualTo(401);
        assertThat(wrongPassword).as("registering with a wrong password").isEqualTo(401);
        assertThat(listed.findValuesAsString("instanceId")).as("org-service's instances").isNotEmpty()
                .doesNotContain(ROGUE);

        Api api = new Api(platform.gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        String realKeyId = Api.JSON.readTree(Base64.getUrlDecoder().decode(city.accessToken().split("\\.")[0]))
                .get("kid").asString();
        Map<String, Integer> forged = new LinkedHashMap<>();
        for (String keyId : List.of("rogue-key", realKeyId)) {
            String token = forgedCityAdminToken(keyId);
            for (String path : List.of("/api/auth/me", "/api/members?page=1&size=1", "/api/transfers?page=1&size=1")) {
                forged.put(keyId.equals(realKeyId) ? "real key id, " + path : "made-up key id, " + path,
                        api.send("GET", path, null, token, Map.of()).status());
            }
        }
        System.out.printf("Registration: without credentials %d, with a wrong password %d, the rogue instance listed:"
                + " %s; forged city administrator tokens answered %s%n", anonymous, wrongPassword,
                listed.findValuesAsString("instanceId").contains(ROGUE), forged);
        Reliability.record("registration", "rogue registration answered %d without credentials, %d with a wrong password, listed: %s; forged tokens %s"
                .formatted(anonymous, wrongPassword, listed.findValuesAsString("instanceId").contains(ROGUE), forged.values()));
        assertThat(forged.values()).as("forged tokens").containsOnly(401);
    }

    /** A CITY_ADMIN token as org-service would write one, signed with a key of our own. */
    private static String forgedCityAdminToken(String keyId) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString(Api.JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", keyId)));
        String claims = b64.encodeToString(Api.JSON.writeValueAsBytes(Map.of("iss", "dangjian-cloud", "sub", "1",
                "preferred_username", "admin", "org_id", 1, "org_path", "/1/", "roles", List.of("CITY_ADMIN"),
                "iat", now, "exp", now + 600)));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.getPrivate());
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + b64.encodeToString(rs256.sign());
    }

    private static int register(String registry, String instance, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(registry + "/apps/ORG-SERVICE"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(instance));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpResponse<String> get(String url, String credentials) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").header("Authorization", basic(credentials)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A value ./platform wrote in the run folder. */
    private static String setting(Platform platform, String file, String name) throws IOException {
        return Files.readAllLines(platform.runDir.resolve(file)).stream()
                .filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(name.length() + 1).trim())
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + name + " in " + file));
    }
}
