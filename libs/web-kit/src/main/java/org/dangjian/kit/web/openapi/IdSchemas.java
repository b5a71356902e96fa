package org.dangjian.kit.web.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import org.dangjian.kit.web.json.LongIdsAsStrings;

/**
 * Declares as strings what {@link LongIdsAsStrings} sends as strings (64-bit ids: a JavaScript number
 * loses precision past 2^53), in bodies, parameters and path variables alike. Both ask
 * {@link LongIdsAsStrings#writesAsString}, so the document and the wire cannot disagree.
 */
public class IdSchemas implements ModelConverter {
    /** Optional sign and up to 19 digits: every value a 64-bit integer can take. */
    static final String PATTERN = "^-?[0-9]{1,19}$";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType != null && LongIdsAsStrings.writesAsString(javaType.getRawClass())) {
            StringSchema schema = new StringSchema();
            schema.pattern(PATTERN);
            String name = type.getPropertyName();
            if (name != null && (name.equals("id") || name.endsWith("Id"))) {
                schema.example("1893456789012345678");
            }
            // What the property itself says (@Schema on a record component) still applies.
            if (type.getCtxAnnotations() != null) {
                for (Annotation annotation : type.getCtxAnnotations()) {
                    if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema declared) {
                        if (!declared.description().isBlank()) {
                            schema.description(declared.description());
                        }
                        if (!declared.example().isBlank()) {
                            schema.example(declared.example());
                        }
                    }
                }
            }
            return schema;
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
