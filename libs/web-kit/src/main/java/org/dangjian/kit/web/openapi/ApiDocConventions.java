package org.dangjian.kit.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.kit.web.idempotency.IdempotencyFilter;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * What the web kit does for every operation, written into the document: the headers it honours
 * ({@code Accept-Language} everywhere, {@code Idempotency-Key} on POST), {@code Location} on a 201, and the
 * error responses any operation can give by its shape (400 when it takes input, 404 when its path names
 * something, 413 and 415 when it takes a body), all as {@link ApiProblems problems}. Error responses a
 * service declares itself ({@code @ApiResponse(responseCode = "409", description = ...)}) get the problem
 * content too.
 */
public class ApiDocConventions implements GlobalOpenApiCustomizer {
    static final String ACCEPT_LANGUAGE = "AcceptLanguage";
    static final String IDEMPOTENCY_KEY = "IdempotencyKey";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    private final String service;

    public ApiDocConventions(String service) {
        this.service = service;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title(service).version("v1").description("""
                党建云 %s 的接口。约定见 docs/api.md：64 位 id 以字符串传送；错误为 application/problem+json，\
                带稳定的 code；除标为公开的接口外都需要 Bearer 令牌；列表用 page、size 分页。
                The API of Dangjian Cloud's %s. Conventions in docs/api.md: 64-bit ids travel as strings; \
                errors are application/problem+json with a stable `code`; every operation not marked public \
                takes a bearer token; lists are paged with `page` and `size`.""".formatted(service, service)));
        openApi.setServers(null);
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        ApiProblems.define(components);
        components.addParameters(ACCEPT_LANGUAGE, new Parameter().in("header").name("Accept-Language").required(false)
                .description("zh-CN（默认）或 en：错误信息的语言。zh-CN (default) or en: the language of error messages.")
                .schema(new StringSchema().example("zh-CN")));
        components.addParameters(IDEMPOTENCY_KEY, new Parameter().in("header").name(IdempotencyFilter.HEADER).required(false)
                .description("客户端生成的唯一键（最多 200 字符）：同一键的重试得到第一次的答复，不会重复执行。"
                        + "A key the client makes up (at most 200 characters): a retry with the same key gets the first answer "
                        + "and does nothing twice.")
                .schema(new StringSchema().maxLength(200)));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> conventions(path, method, operation)));
    }

    private void conventions(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        boolean takesInput = operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> !"header".equals(p.getIn()));
        parameters.add(new Parameter().$ref(ACCEPT_LANGUAGE));
        if (method == PathItem.HttpMethod.POST) {
            parameters.add(new Parameter().$ref(IDEMPOTENCY_KEY));
        }
        operation.setParameters(parameters);

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (method == PathItem.HttpMethod.POST) {
            idempotencyAnswers(responses);
        }
        responses.forEach((status, response) -> {
            if (ApiProblems.isError(status)) {
                problemContent(status, response);
            } else {
                jsonInsteadOfAnything(response);
            }
        });
        ApiResponse created = responses.get("201");
        if (created != null) {
            // Not every create has an address of its own (a dues payment is read back in its month).
            if (created.getHeaders() == null || !created.getHeaders().containsKey("Location")) {
                created.addHeaderObject("Location", new Header().required(false)
                        .description("新建对象的地址，对象可单独读取时才有。Where the new object is, when it can be read on its own.")
                        .schema(new StringSchema()));
            }
        }
        if (takesInput) {
            responses.putIfAbsent("400", ApiProblems.response("400"));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", ApiProblems.response("404"));
        }
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("413", ApiProblems.response("413"));
            responses.putIfAbsent("415", ApiProblems.response("415"));
        }
    }

    /** What {@link IdempotencyFilter} answers to a POST with an Idempotency-Key, beside the service's own reasons. */
    private static void idempotencyAnswers(ApiResponses responses) {
        addReason(responses, "409", "带同一 Idempotency-Key 的请求仍在处理中（IDEMPOTENCY_IN_PROGRESS）。"
                + "A request with the same Idempotency-Key is still in progress (IDEMPOTENCY_IN_PROGRESS).");
        addReason(responses, "422", "同一 Idempotency-Key 已用于内容不同的请求（IDEMPOTENCY_KEY_REUSED）。"
                + "The Idempotency-Key was used for a different request (IDEMPOTENCY_KEY_REUSED).");
    }

    private static void addReason(ApiResponses responses, String status, String reason) {
        ApiResponse response = responses.get(status);
        if (response == null) {
            responses.addApiResponse(status, ApiProblems.response(status).description(reason));
        } else if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(reason);
        } else if (!response.getDescription().contains("IDEMPOTENCY")) {
            response.setDescription(response.getDescription() + " " + reason);
        }
    }

    private static void problemContent(String status, ApiResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(ApiProblems.meaning(status));
        }
        // Errors are problems. A service may list another type beside (a refused import also comes as an
        // annotated .xlsx when asked for one); "anything" and plain JSON are springdoc's guesses and go.
        Content content = response.getContent() == null ? new Content() : response.getContent();
        content.remove("*/*");
        content.remove(JSON);
        if (!content.containsKey(ApiProblems.MEDIA_TYPE)) {
            content.putAll(ApiProblems.content());
        }
        response.setContent(content);
    }

    /** A success answered with JSON is declared as JSON, not as "anything". */
    private static void jsonInsteadOfAnything(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*")) {
            MediaType any = content.remove("*/*");
            content.putIfAbsent(JSON, any);
        }
    }
}
