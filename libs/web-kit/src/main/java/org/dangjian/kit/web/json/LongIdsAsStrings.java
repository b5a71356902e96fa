package org.dangjian.kit.web.json;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Writes every {@code long} as a JSON string: our ids are 64-bit and JavaScript numbers lose precision
 * past 2^53. Reading accepts both strings and numbers.
 */
public class LongIdsAsStrings implements JsonMapperBuilderCustomizer {
    /**
     * Whether values of the type travel as JSON strings. The API documents ask the same question
     * ({@code org.dangjian.kit.web.openapi.IdSchemas}), so what they declare cannot drift from what is sent.
     */
    public static boolean writesAsString(Class<?> type) {
        return type == Long.class || type == Long.TYPE;
    }

    @Override
    public void customize(JsonMapper.Builder builder) {
        SimpleModule module = new SimpleModule("dj-long-ids");
        module.addSerializer(Long.class, ToStringSerializer.instance);
        module.addSerializer(Long.TYPE, ToStringSerializer.instance);
        builder.addModule(module);
    }
}
