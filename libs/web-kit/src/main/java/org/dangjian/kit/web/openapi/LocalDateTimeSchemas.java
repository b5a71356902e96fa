package org.dangjian.kit.web.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.time.LocalDateTime;
import java.util.Iterator;

/**
 * A {@link LocalDateTime} travels as {@code 2026-12-02T21:05:00}, without an offset: it is a time in the
 * users' zone ({@code dj.time-zone}). OpenAPI's {@code date-time} means RFC 3339 with an offset, which
 * generated clients parse strictly (a Java client's OffsetDateTime fails on it), so it is declared as a
 * string with the pattern it has.
 */
public class LocalDateTimeSchemas implements ModelConverter {
    static final String PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType != null && javaType.getRawClass() == LocalDateTime.class) {
            return new StringSchema().pattern(PATTERN).example("2026-12-02T21:05:00")
                    .description("用户所在时区（dj.time-zone，默认 Asia/Shanghai）的当地时间，不带时差。"
                            + "Local time in the users' zone (dj.time-zone, default Asia/Shanghai), without an offset.");
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
