package org.dangjian.kit.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

/**
 * Wires the events kit into a service: outbox and relay, inbox, dead letters, topic declarations,
 * consumer defaults and the kit's Flyway migrations. A service only injects {@link EventOutbox} and
 * {@link EventInbox}.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass({KafkaTemplate.class, JdbcTemplate.class})
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {
    private static final Clock CLOCK = Clock.systemUTC();

    @Bean
    EventSender djEventSender(ProducerFactory<?, ?> applicationProducerFactory, EventsProperties props) {
        return new EventSender(applicationProducerFactory.getConfigurationProperties(), props.getSendTimeout());
    }

    @Bean
    OutboxRelay djOutboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, EventSender sender,
                              EventsProperties props, Environment env, ObjectProvider<MeterRegistry> meters) {
        MeterRegistry registry = meters.getIfAvailable();
        Runnable parked = registry == null ? () -> { } : Counter.builder("dj.outbox.parked")
                .description("outbox rows the relay gave up on (Kafka refused them for good)")
                .register(registry)::increment;
        return new OutboxRelay(jdbc, transactionManager, sender, source(props, env), props.getRelayBatchSize(),
                props.getMaxSendAttempts(), parked, CLOCK);
    }

    @Bean
    EventsWorker djEventsWorker(OutboxRelay relay, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                EventsProperties props) {
        return new EventsWorker(relay, new EventTablesPruner(jdbc, transactionManager, props.getOutboxRetention(),
                props.getInboxRetention(), CLOCK), props);
    }

    /** Micrometer Tracing's, when the service traces (web-kit brings it); otherwise events carry no trace. */
    @Bean
    EventTracing djEventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
                                ObjectProvider<ObservationRegistry> observations) {
        return new EventTracing(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    EventOutbox djEventOutbox(JdbcTemplate jdbc, EventsWorker worker, EventTracing tracing) {
        return new EventOutbox(jdbc, worker::wakeUp, CLOCK, tracing);
    }

    @Bean
    EventInbox djEventInbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, EventTracing tracing,
                            ObjectProvider<InboxObserver> observers) {
        return new EventInbox(jdbc, transactionManager, CLOCK, tracing, observers.orderedStream().toList());
    }

    @Bean
    DeadLetterBook djDeadLetterBook(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                    EventSender sender) {
        return new DeadLetterBook(jdbc, transactionManager, sender, CLOCK);
    }

    /** Boot's listener container factory picks up the single {@link CommonErrorHandler} bean. */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler djEventsErrorHandler(EventSender sender, DeadLetterBook deadLetters, EventsProperties props) {
        return DeadLetters.errorHandler(sender.template(), deadLetters, props.getRetries(), props.getRetryInterval(),
                props.getInfrastructureRetryMaxInterval());
    }

    @Bean
    KafkaAdmin.NewTopics djEventTopics(EventsProperties props) {
        return EventTopics.declarations(props);
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer djConsumerDefaults(Environment env) {
        return new ConsumerDefaults(env.getProperty("spring.application.name"));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Flyway.class)
    static class Migrations {
        @Bean
        FlywayConfigurationCustomizer djEventsMigrations() {
            return new KitMigrations();
        }
    }

    // Events without a source cannot be traced back, and consumers would have no group: fail at start.
    private static String source(EventsProperties props, Environment env) {
        String source = StringUtils.hasText(props.getSource()) ? props.getSource()
                : env.getProperty("spring.application.name");
        if (!StringUtils.hasText(source)) {
            throw new IllegalStateException(
                    "the events kit needs spring.application.name (or dj.events.source): it is the CloudEvents source");
        }
        return source;
    }
}
