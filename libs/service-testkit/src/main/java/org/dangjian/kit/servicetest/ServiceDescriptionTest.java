package org.dangjian.kit.servicetest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.kit.catalog.ServiceCatalog;
import org.dangjian.kit.catalog.ServiceDescription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.BootstrapWith;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The service's description ({@code <repository>/<name>/service.yaml}) stays true: the launcher, the gateway's
 * routes and document list, org-service's service clients and the manifests are derived from it, so a line
 * that lies breaks the platform rather than a build. Compared with the service as its tests start it: its
 * description exists under {@code spring.application.name}, it runs on the declared schema, the topics its
 * listeners (its own and its kits') subscribe to are exactly {@code consumes}, and its routes under
 * {@code /api/} lie in its {@code areas}. {@code publishes} is not checked: the outbox writes whatever topic an
 * event names, and tests publish other services' events through it too. Runs in every service's build, like
 * the house rules.
 */
@BootstrapWith(ServiceUnderTest.class)
class ServiceDescriptionTest extends ServiceApiTest {
    /** The checkout the service's module lives in (a service builds in {@code <repository>/<name>}). */
    private static final Path REPOSITORY = Path.of(System.getProperty("dj.repository", ".."));

    @Value("${spring.application.name}")
    String service;
    @Autowired
    ApplicationContext context;
    private ServiceDescription description;

    @BeforeEach
    void readDescription() {
        description = ServiceCatalog.inRepository(REPOSITORY).find(service).orElse(null);
    }

    @Test
    void the_service_is_described_under_its_application_name() {
        assertThat(description).as("no " + REPOSITORY.toAbsolutePath().normalize().resolve(service)
                + "/service.yaml: every service describes itself there, with `name: " + service
                + "` (spring.application.name); copy org-service/service.yaml and adapt it").isNotNull();
    }

    @Test
    void it_runs_on_the_schema_its_description_declares() {
        String runsOn = jdbc.queryForObject("SELECT DATABASE()", String.class);
        assertThat(DescriptionFaults.schema(described(), runsOn)).isEmpty();
    }

    @Test
    void the_topics_its_listeners_subscribe_to_are_exactly_what_it_consumes() {
        Map<String, List<String>> listeners = new TreeMap<>();
        List<String> unnamed = new ArrayList<>();
        context.getBeanProvider(KafkaListenerEndpointRegistry.class).ifAvailable(registry -> {
            for (MessageListenerContainer container : registry.getAllListenerContainers()) {
                ContainerProperties properties = container.getContainerProperties();
                String who = listener(container);
                if (properties.getTopics() == null) {
                    unnamed.add(who + " subscribes by pattern or partitions: name its topics");
                    continue;
                }
                Arrays.stream(properties.getTopics())
                        .forEach(topic -> listeners.computeIfAbsent(topic, t -> new ArrayList<>()).add(who));
            }
        });
        assertThat(unnamed).isEmpty();
        assertThat(DescriptionFaults.topics(described(), listeners)).isEmpty();
    }

    @Test
    void its_api_routes_lie_in_the_areas_its_description_declares() {
        Map<String, String> routes = new TreeMap<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, handler) ->
                        info.getPatternValues().forEach(path -> routes.put(path, describe(handler)))));
        assertThat(DescriptionFaults.routes(described(), routes)).isEmpty();
    }

    private ServiceDescription described() {
        the_service_is_described_under_its_application_name();
        return description;
    }

    /** Its group, which names the consumer; the id too when one was given (a generated one says nothing). */
    private static String listener(MessageListenerContainer container) {
        String id = container.getListenerId();
        boolean generated = id == null || id.startsWith("org.springframework.kafka.KafkaListenerEndpointContainer#");
        return (generated ? "a @KafkaListener" : "listener " + id) + " in group " + container.getGroupId();
    }

    private static String describe(HandlerMethod handler) {
        return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
    }
}
