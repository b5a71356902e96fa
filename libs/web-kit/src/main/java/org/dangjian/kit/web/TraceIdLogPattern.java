package org.dangjian.kit.web;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Puts the trace id into every log line by default; a service may still set its own pattern. */
public class TraceIdLogPattern implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("dj-web-kit-defaults",
                Map.of("logging.pattern.correlation", "[%X{traceId:-}] ")));
    }
}
