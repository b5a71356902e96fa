package org.dangjian.kit.testkit;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.infra.Infrastructure;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Turns {@link UsesInfrastructure} into properties of the test context. */
public class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    private static final Map<String, Object> CRYPTO = cryptoProperties();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attrs) {
        UsesInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, UsesInfrastructure.class);
        return annotation == null ? null : new Customizer(annotation.schema());
    }

    private static Map<String, Object> cryptoProperties() {
        SecureRandom random = new SecureRandom();
        byte[] aes = new byte[32];
        byte[] hmac = new byte[32];
        random.nextBytes(aes);
        random.nextBytes(hmac);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("dj.crypto.keys.test", Base64.getEncoder().encodeToString(aes));
        p.put("dj.crypto.active-key-id", "test");
        p.put("dj.crypto.blind-index-key", Base64.getEncoder().encodeToString(hmac));
        return p;
    }

    private record Customizer(String schema) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Infrastructure infra = SharedInfrastructure.get();
            Map<String, Object> p = new LinkedHashMap<>(CRYPTO);
            // a test that makes another key active (privacy-kit's SM4 re-encryption) keeps it; "test" stays readable
            if (context.getEnvironment().containsProperty("dj.crypto.active-key-id")) {
                p.remove("dj.crypto.active-key-id");
            }
            String name = schema.isEmpty() ? schemaOf(context.getEnvironment().getProperty("spring.datasource.url")) : schema;
            p.put("spring.datasource.url", SharedInfrastructure.schema(name));
            p.put("spring.datasource.username", infra.dbUser());
            p.put("spring.datasource.password", infra.dbPassword());
            p.put("spring.data.redis.url", infra.redisUrl());
            p.put("spring.kafka.bootstrap-servers", infra.kafkaBootstrap());
            p.put("dj.security.jwks-uri", TestTokens.jwksUri());
            p.put("eureka.client.enabled", "false");
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("dj-testkit", p));
        }

        /** {@code dj_points} of {@code jdbc:mysql://127.0.0.1:3306/dj_points?x=y}. */
        static String schemaOf(String url) {
            if (url == null || url.lastIndexOf('/') < 0) {
                throw new IllegalStateException("@UsesInfrastructure without a schema needs spring.datasource.url naming one");
            }
            String tail = url.substring(url.lastIndexOf('/') + 1);
            int query = tail.indexOf('?');
            return query < 0 ? tail : tail.substring(0, query);
        }
    }
}
