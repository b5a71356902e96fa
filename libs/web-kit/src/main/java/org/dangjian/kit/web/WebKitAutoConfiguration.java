package org.dangjian.kit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangjian.kit.web.idempotency.IdempotencyFilter;
import org.dangjian.kit.web.json.LongIdsAsStrings;
import org.dangjian.kit.web.json.NullsLeftOut;
import org.dangjian.kit.web.limits.BodySizeLimitFilter;
import org.dangjian.kit.web.problem.ProblemBundle;
import org.dangjian.kit.web.problem.ProblemFactory;
import org.dangjian.kit.web.problem.ProblemHandler;
import org.dangjian.kit.web.problem.ProblemWriter;
import org.dangjian.kit.web.trace.AddressRanges;
import org.dangjian.kit.web.trace.GatewayClientAddress;
import org.dangjian.kit.web.trace.TraceIdFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP conventions every service shares: problem details, Chinese-first messages, long ids as
 * strings, trace ids, body limits and idempotent creates.
 */
// Before Spring MVC's auto-configuration: its own "localeResolver" backs off only if ours is already
// defined (the DispatcherServlet looks the resolver up by that name, so ours cannot be renamed).
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebKitProperties.class)
public class WebKitAutoConfiguration {
    /** Runs after Spring Security's chain (order -100) so the caller is known. */
    private static final int AFTER_SECURITY = -50;

    @Bean
    LongIdsAsStrings longIdsAsStrings() {
        return new LongIdsAsStrings();
    }

    @Bean
    NullsLeftOut nullsLeftOut() {
        return new NullsLeftOut();
    }

    /** Chinese by default, English when the client prefers it. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        return resolver;
    }

    /**
     * The service's own {@code problems*.properties} first, then each kit's ({@link ProblemBundle} beans),
     * then the codes every service shares.
     */
    @Bean
    ProblemFactory problemFactory(ObjectProvider<ProblemBundle> kitBundles) {
        List<String> basenames = new ArrayList<>();
        basenames.add("problems");
        kitBundles.orderedStream().map(ProblemBundle::basename).forEach(basenames::add);
        basenames.add("dj-problems/web");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return new ProblemFactory(messages);
    }

    @Bean
    ProblemHandler problemHandler(ProblemFactory problems) {
        return new ProblemHandler(problems);
    }

    @Bean
    ProblemWriter problemWriter(ProblemFactory problems, JsonMapper json, LocaleResolver localeResolver) {
        return new ProblemWriter(problems, json, localeResolver);
    }

    /** Right after Boot's server observation filter (highest precedence + 1), which starts the trace. */
    @Bean
    FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
        FilterRegistrationBean<TraceIdFilter> reg = new FilterRegistrationBean<>(new TraceIdFilter());
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return reg;
    }

    /** Before anything that records where a request came from. */
    @Bean
    FilterRegistrationBean<GatewayClientAddress> gatewayClientAddress(WebKitProperties props) {
        FilterRegistrationBean<GatewayClientAddress> reg = new FilterRegistrationBean<>(
                new GatewayClientAddress(AddressRanges.parse("dj.web.gateway-addresses", props.getGatewayAddresses())));
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return reg;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebKitProperties props, ProblemWriter problems) {
        FilterRegistrationBean<BodySizeLimitFilter> reg =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(props.getMaxBodyBytes(), problems));
        reg.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return reg;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(StringRedisTemplate redis, ProblemWriter problems,
            WebKitProperties props, @Value("${spring.application.name:service}") String service) {
        FilterRegistrationBean<IdempotencyFilter> reg = new FilterRegistrationBean<>(
                new IdempotencyFilter(redis, problems, service, props.getIdempotencyTtl()));
        reg.setOrder(AFTER_SECURITY);
        return reg;
    }
}
