package org.dangjian.kit.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;

/**
 * The error answer every service gives, as the documents declare it: RFC 9457 problem details
 * ({@code application/problem+json}) with our stable {@code code}, the fields at fault and the trace id.
 * Kits and the gateway take their error responses from here, so each status reads the same everywhere.
 */
public final class ApiProblems {
    public static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    public static final String SCHEMA = "Problem";

    /** What each status means to a client, Chinese first. */
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("400", "请求有误：errors 逐个列出有问题的字段和原因。Bad request: `errors` names each field at fault and why (code VALIDATION_FAILED or MALFORMED_REQUEST)."),
            Map.entry("401", "未登录或令牌无效；code 为 TOKEN_EXPIRED 时先用刷新令牌换新令牌。Not signed in or the token is invalid; on TOKEN_EXPIRED refresh the token and retry."),
            Map.entry("403", "无权执行此操作，detail 说明原因（code 总是 FORBIDDEN）。Refused: the code is always FORBIDDEN and `detail` gives the reason."),
            Map.entry("404", "不存在，或不在调用者所辖的组织范围内。Not found, or outside the caller's organisations (the two answer alike)."),
            Map.entry("409", "与现有数据冲突，code 说明是哪种冲突。Conflicts with the present state; `code` says which conflict."),
            Map.entry("413", "请求内容超过上限（code PAYLOAD_TOO_LARGE）。The body is larger than allowed."),
            Map.entry("415", "不支持的内容类型（code UNSUPPORTED_MEDIA_TYPE）。The Content-Type is not one this operation takes."),
            Map.entry("422", "请求格式正确但无法处理，code 说明原因。Well-formed but cannot be applied; `code` says why."),
            Map.entry("429", "请求过于频繁，请按 Retry-After 稍后再试（网关按账号限流）。Too many requests: the gateway limits each account; retry after Retry-After."),
            Map.entry("503", "服务暂时不可用，请稍后再试（网关的熔断）。The service is unavailable for now (the gateway's circuit breaker); retry later."));

    private ApiProblems() {
    }

    /** An error response of the status, described by what the status means, answered as a problem. */
    public static ApiResponse response(String status) {
        return new ApiResponse().description(meaning(status)).content(content());
    }

    /** The problem content, for an error response a service declared without one. */
    public static Content content() {
        return new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(SCHEMA)));
    }

    public static String meaning(String status) {
        return MEANINGS.getOrDefault(status, "错误，见 code 与 detail。An error: see `code` and `detail`.");
    }

    public static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    /** Adds the problem schemas to the document's components. */
    public static void define(Components components) {
        components.addSchemas("FieldProblem", new ObjectSchema()
                .description("一个有问题的字段。One field at fault.")
                .addProperty("field", new StringSchema().description("字段名，嵌套字段用点分隔。The field's name; nested fields are dotted."))
                .addProperty("message", new StringSchema().description("原因，按 Accept-Language 的语言。Why, in the language of Accept-Language."))
                .required(List.of("field", "message")));
        components.addSchemas("RowProblem", new ObjectSchema()
                .description("电子表格导入中的一个问题行。One problem in an uploaded spreadsheet.")
                .addProperty("row", new IntegerSchema().description("行号，与表格中显示的一致。The row number as the spreadsheet shows it."))
                .addProperty("column", new StringSchema().description("列标题。The column's header."))
                .addProperty("code", new StringSchema())
                .addProperty("message", new StringSchema()));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 问题详情，附稳定的 code。RFC 9457 problem details with a stable `code`.")
                .addProperty("type", new StringSchema().description("问题类型的 URI，通常为 about:blank。The problem type's URI, usually about:blank."))
                .addProperty("title", new StringSchema().description("code 的文字，按 Accept-Language 的语言。The code in words, in the language of Accept-Language."))
                .addProperty("status", new IntegerSchema().description("HTTP 状态码。The HTTP status."))
                .addProperty("detail", new StringSchema().description("给用户看的说明。What to tell the user."))
                .addProperty("instance", new StringSchema().description("出错的请求路径。The path of the request."))
                .addProperty("code", new StringSchema().description("稳定的错误代码，客户端据此判断，例如 VALIDATION_FAILED、FORBIDDEN、TOKEN_EXPIRED。The stable code clients act on."))
                .addProperty("traceId", new StringSchema().description("追踪号，与响应头 X-Trace-Id 相同，报告问题时请提供。The trace id (as X-Trace-Id); quote it when reporting a problem."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("FieldProblem"))
                        .description("400 时有问题的字段。The fields at fault, on 400."))
                .addProperty("rows", new ArraySchema().items(new Schema<>().$ref("RowProblem"))
                        .description("被拒绝的电子表格导入的问题行。The problem rows of a refused spreadsheet import."))
                .required(List.of("title", "status", "code"));
        components.addSchemas(SCHEMA, problem);
    }
}
