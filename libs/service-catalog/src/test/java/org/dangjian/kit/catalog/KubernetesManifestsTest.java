package org.dangjian.kit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 16 items 3 and 11, as the Kubernetes base deploys the platform: encrypted connections with credentials from
 * Secrets, and signing keys read from org-service's Kubernetes Service rather than from whoever registers in Eureka.
 */
class KubernetesManifestsTest {
    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final Path BASE = REPOSITORY.resolve("deploy/k8s/base");

    @Test
    void everyConnectionToTheDataServersIsEncryptedAndNoCredentialIsInTheConfigMap() throws IOException {
        Map<String, String> config = platformConfig();

        assertThat(config.get("DJ_JDBC_OPTIONS")).contains("sslMode=REQUIRED").doesNotContain("useSSL=false")
                .doesNotContain("allowPublicKeyRetrieval");
        assertThat(config.get("SPRING_KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_SSL");
        assertThat(config).doesNotContainKey("SPRING_DATA_REDIS_URL")
                .doesNotContainKey("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");
        // a placeholder (${DJ_REGISTRY_PASSWORD}) names a Secret's value; nothing else may mention a password
        assertThat(config.values()).noneMatch(value -> value.replaceAll("\\$\\{[A-Z_]+}", "").toLowerCase()
                .contains("password"));
    }

    @Test
    void everyServiceTakesTheRedisAndKafkaCredentialsFromSecrets() throws IOException {
        for (ServiceDescription service : ServiceCatalog.inRepository(REPOSITORY).services()) {
            assertThat(secretsOf(service.name())).as(service.name())
                    .contains("dj-redis", "dj-kafka", "dj-db", "dj-registry");
        }
        assertThat(secretsOf("gateway")).as("the gateway's rate limits and revocation marks").contains("dj-redis",
                "dj-registry");
    }

    @Test
    void onlyTheHoldersOfTheRegistrysPasswordRegisterOrDiscover() throws IOException {
        Map<String, String> config = platformConfig();

        assertThat(secretsOf("registry")).containsExactly("dj-registry");
        assertThat(config.get("EUREKA_CLIENT_SERVICEURL_DEFAULTZONE"))
                .isEqualTo("http://dangjian:${DJ_REGISTRY_PASSWORD}@registry:8761/eureka/");
        assertThat(config.get("SPRING_APPLICATION_JSON")).contains("http://dangjian:${DJ_REGISTRY_PASSWORD}@registry");
    }

    @Test
    void theSigningKeysAreReadFromOrgServicesKubernetesServiceNotFromTheRegistry() throws IOException {
        Map<String, String> config = platformConfig();

        assertThat(config.get("DJ_SECURITY_JWKSURI")).isEqualTo("http://org-service:8080/api/auth/jwks");
        assertThat(config.get("DJ_SECURITY_JWKSLOADBALANCED")).isEqualTo("false");
        assertThat(documents("network-policy.yaml")).singleElement()
                .satisfies(policy -> assertThat(policy.get("kind")).isEqualTo("NetworkPolicy"));
        assertThat(Files.readString(BASE.resolve("kustomization.yaml"))).contains("- network-policy.yaml");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> platformConfig() throws IOException {
        return (Map<String, String>) documents("platform-config.yaml").get(0).get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<String> secretsOf(String deployment) throws IOException {
        List<String> secrets = new ArrayList<>();
        for (Map<String, Object> document : documents(deployment + ".yaml")) {
            if (!"Deployment".equals(document.get("kind"))) {
                continue;
            }
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                    document.get("spec")).get("template")).get("spec");
            for (Map<String, Object> container : (List<Map<String, Object>>) pod.get("containers")) {
                for (Map<String, Object> source : (List<Map<String, Object>>) container.get("envFrom")) {
                    if (source.get("secretRef") instanceof Map<?, ?> ref) {
                        secrets.add((String) ref.get("name"));
                    }
                }
            }
        }
        return secrets;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(BASE.resolve(file))) {
            for (Object document : new Yaml().loadAll(reader)) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }
}
