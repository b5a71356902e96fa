package org.dangjian.kit.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kit's own JSON mapper for event payloads. Deliberately not the application's web mapper: that
 * one may write longs as strings or use other web-only settings, and an event's JSON is a contract
 * between services that must not change when a service tunes its HTTP API.
 */
final class EventJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Additive changes are allowed within a version: an old consumer ignores new fields ...
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // ... and a new consumer reads an old event's missing primitive as its default.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventJson() {
    }

    static String write(Object payload) {
        return MAPPER.writeValueAsString(payload);
    }

    static <T> T read(String json, Class<T> type, String eventId) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("event " + eventId + " does not map to " + type.getName(), e);
        }
    }
}
