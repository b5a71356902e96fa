package org.dangjian.kit.web.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.StringJoiner;

/**
 * Every enum becomes one named schema ({@code #/components/schemas/OrgType}) instead of a list repeated
 * inline wherever it is used: generated clients get one enum type per Java enum. Its description lists the
 * values with their Chinese labels, taken from the enum's {@code label()} method (the same labels the
 * portal shows); an enum without one is described by its names only, which the API contract test refuses.
 */
public class EnumSchemas implements ModelConverter {
    static final String LABEL_METHOD = "label";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType == null || !javaType.getRawClass().isEnum()) {
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        }
        Class<?> enumType = javaType.getRawClass();
        String name = nameOf(enumType);
        if (!context.getDefinedModels().containsKey(name)) {
            context.defineModel(name, schemaOf(enumType), type, null);
        }
        return new Schema<>().$ref(name);
    }

    static StringSchema schemaOf(Class<?> enumType) {
        StringSchema schema = new StringSchema();
        schema.name(nameOf(enumType));
        Method label = labelMethod(enumType);
        StringJoiner description = new StringJoiner("; ");
        for (Object constant : enumType.getEnumConstants()) {
            String value = ((Enum<?>) constant).name();
            schema.addEnumItem(value);
            if (label != null) {
                description.add(value + ": " + labelOf(label, constant));
            }
        }
        if (label != null) {
            schema.description(description.toString());
        }
        return schema;
    }

    /** The simple name, or the one the enum gives itself with {@code @Schema(name = ...)} (a nested {@code Kind}). */
    static String nameOf(Class<?> enumType) {
        io.swagger.v3.oas.annotations.media.Schema declared =
                enumType.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return declared != null && !declared.name().isBlank() ? declared.name() : enumType.getSimpleName();
    }

    private static Method labelMethod(Class<?> enumType) {
        try {
            Method method = enumType.getMethod(LABEL_METHOD);
            return method.getReturnType() == String.class ? method : null;
        } catch (NoSuchMethodException none) {
            return null;
        }
    }

    private static String labelOf(Method label, Object constant) {
        try {
            return (String) label.invoke(constant);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the label of " + constant, e);
        }
    }
}
