package org.dangjian.kit.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.web.openapi.ApiProblems;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Writes into the API document what the security chain enforces, from the same list of public paths: the
 * {@code bearerAuth} scheme (org-service's JWT); {@code security: []} on a public operation; and on every
 * other one the bearer requirement with its 401 and 403 answers.
 */
public class ApiDocSecurity implements GlobalOpenApiCustomizer {
    public static final String SCHEME = "bearerAuth";

    private final List<PathPattern> publicPaths;

    ApiDocSecurity(List<String> publicPaths) {
        this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("org-service 签发的访问令牌（POST /api/auth/login 等），放在 Authorization: Bearer 后；"
                        + "15 分钟内有效，用刷新令牌续期。The access token org-service issues (POST /api/auth/login and "
                        + "the other logins), sent as Authorization: Bearer; it lasts minutes, renewed with the refresh token."));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            boolean open = isPublic(path);
            item.readOperations().forEach(operation -> declare(operation, open));
        });
    }

    private static void declare(Operation operation, boolean open) {
        if (open) {
            operation.setSecurity(new ArrayList<>());
            return;
        }
        operation.setSecurity(List.of(new SecurityRequirement().addList(SCHEME)));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.putIfAbsent("401", ApiProblems.response("401"));
        responses.putIfAbsent("403", ApiProblems.response("403"));
    }

    /** A documented path template ({@code /api/x/{id}}) is public when a concrete path of it is. */
    boolean isPublic(String template) {
        PathContainer concrete = PathContainer.parsePath(template.replaceAll("\\{[^}]+}", "1"));
        return publicPaths.stream().anyMatch(p -> p.matches(concrete));
    }
}
