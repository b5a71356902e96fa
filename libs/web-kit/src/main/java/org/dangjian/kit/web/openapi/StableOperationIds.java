package org.dangjian.kit.web.openapi;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Operation ids become method names in generated clients, so they must be unique across services and
 * must not change when a method is added elsewhere (springdoc's default, the Java method name with
 * {@code _1} appended on a clash, does both). An operation without an explicit
 * {@code @Operation(operationId = ...)} is named after its controller and method:
 * {@code OrgController.create} is {@code orgCreate}.
 */
public class StableOperationIds implements GlobalOperationCustomizer {
    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        if (declared == null || declared.operationId().isBlank()) {
            operation.setOperationId(idOf(handler));
        }
        return operation;
    }

    static String idOf(HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        return StringUtils.uncapitalize(controller) + StringUtils.capitalize(handler.getMethod().getName());
    }
}
