package org.dangjian.kit.figures;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's figures cache: keys under {@code dj:figures:<service>:}, entries kept {@code dj.figures.ttl}
 * (30 minutes) at most, retired by the service's MyBatis writes, by every event it applies and by the JDBC writes
 * that say so.
 */
@AutoConfiguration
public class FiguresCacheAutoConfiguration {

    @Bean
    FiguresGeneration djFiguresGeneration(StringRedisTemplate redis,
                                          @Value("${spring.application.name}") String service) {
        return new FiguresGeneration(redis, "dj:figures:" + service + ":generation");
    }

    @Bean
    FiguresCache djFiguresCache(StringRedisTemplate redis, FiguresGeneration generation, JsonMapper json,
                                @Value("${spring.application.name}") String service,
                                @Value("${dj.figures.ttl:30m}") Duration ttl) {
        return new FiguresCache(redis, generation, json, "dj:figures:" + service + ":", ttl);
    }

    @Bean
    WritesRetireFigures djWritesRetireFigures(FiguresGeneration generation) {
        return new WritesRetireFigures(generation);
    }

    @Bean
    EventsRetireFigures djEventsRetireFigures(FiguresGeneration generation) {
        return new EventsRetireFigures(generation);
    }
}
