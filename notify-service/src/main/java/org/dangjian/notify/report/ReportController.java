package org.dangjian.notify.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.MessageDigest;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.kit.web.problem.ProblemCodes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery reports pushed by the SMS providers. No user signs these requests, so the route is public
 * and guarded by the shared secret of {@code dj.notify.reports.token}, given as {@code ?token=} (the
 * providers' consoles take only a URL) or as the {@code X-Report-Token} header.
 */
@RestController
@Tag(name = "短信回执", description = "短信服务商推送的送达回执，由报告令牌保护。"
        + "Delivery reports pushed by the SMS providers, guarded by the report token.")
class ReportController {
    private final DeliveryReports reports;
    private final ReportProperties settings;
    private final JsonMapper json;

    ReportController(DeliveryReports reports, ReportProperties settings, JsonMapper json) {
        this.reports = reports;
        this.settings = settings;
        this.json = json;
    }

    @PostMapping("/api/notifications/reports/{provider}")
    @Operation(operationId = "receiveSmsReports", summary = "接收短信送达回执", description = """
            For the SMS providers, not for clients: the report URL set in Alibaba Cloud's (SmsReport, HTTP batch \
            push) or Tencent Cloud's (短信下发状态通知) console. Public (no bearer token): the shared secret \
            dj.notify.reports.token guards it, given as `?token=` or the X-Report-Token header. Each report \
            moves a SENT message to DELIVERED or FAILED, matched by the provider's message id (Alibaba BizId, \
            Tencent SerialNo); repeated reports change nothing. Answers what the provider expects, or it pushes \
            the same reports again.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "服务商推送的回执，JSON 数组，格式由服务商规定。The provider's push: a JSON array of"
                            + " reports in the provider's own format.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            array = @ArraySchema(schema = @Schema(type = "object")),
                            examples = {
                                @ExampleObject(name = "aliyun", value = """
                                        [{"phone_number":"13912345678","send_time":"2026-03-12 09:00:01",\
                                        "report_time":"2026-03-12 09:00:05","success":true,"err_code":"DELIVERED",\
                                        "err_msg":"用户接收成功","sms_size":"1","biz_id":"932702304080415357^0"}]"""),
                                @ExampleObject(name = "tencent", value = """
                                        [{"user_receive_time":"2026-03-12 09:00:05","nationcode":"86",\
                                        "mobile":"13912345678","report_status":"SUCCESS","errmsg":"DELIVRD",\
                                        "description":"用户短信送达成功","sid":"2019:538884*******9334"}]""")
                            })))
    @ApiResponse(responseCode = "200", description = "已接收，按服务商要求的格式答复。Received; the answer the provider expects.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"),
                    examples = {
                        @ExampleObject(name = "aliyun", value = "{\"code\":0,\"msg\":\"接收成功\"}"),
                        @ExampleObject(name = "tencent", value = "{\"result\":0,\"errmsg\":\"OK\"}")
                    }))
    @ApiResponse(responseCode = "400", description = "推送内容不是 JSON 数组。The body is not a JSON array, code MALFORMED_REQUEST.")
    @ApiResponse(responseCode = "401", description = "报告令牌缺失或不符。The report token is missing or wrong, code UNAUTHORIZED.")
    @ApiResponse(responseCode = "404", description = "未知的服务商，或未配置报告令牌（回执未启用）。"
            + "An unknown provider, or reports are off (no dj.notify.reports.token set), code NOT_FOUND.")
    ResponseEntity<String> receive(@Parameter(description = "服务商：aliyun 或 tencent。The provider: aliyun or tencent.",
                                           example = "aliyun")
                                   @PathVariable String provider, @RequestBody String body,
                                   @Parameter(description = "报告令牌（服务商控制台只能填 URL 时用）。The report token, in the URL"
                                           + " for the providers' consoles.")
                                   @RequestParam(required = false) String token,
                                   @Parameter(description = "报告令牌，也可放在此请求头中。The report token, as a header instead.")
                                   @RequestHeader(name = "X-Report-Token", required = false) String headerToken) {
        ReportFormat format = ReportFormat.of(provider)
                .orElseThrow(() -> ApiException.notFound(ProblemCodes.NOT_FOUND));
        check(token != null ? token : headerToken);
        JsonNode push = parse(body);
        reports.apply(format.provider(), format.parse(push));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(format.reply());
    }

    /** No configured secret: reports are off and the route does not exist. A wrong one: 401. */
    private void check(String given) {
        String expected = settings.token();
        if (expected == null || expected.isBlank()) {
            throw ApiException.notFound(ProblemCodes.NOT_FOUND);
        }
        // constant time, so the secret cannot be guessed a character at a time
        if (given == null || !MessageDigest.isEqual(expected.getBytes(UTF_8), given.getBytes(UTF_8))) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHORIZED);
        }
    }

    private JsonNode parse(String body) {
        try {
            JsonNode push = json.readTree(body);
            if (push.isArray()) {
                return push;
            }
        } catch (JacksonException e) {
            // answered below
        }
        throw ApiException.badRequest(ProblemCodes.MALFORMED_REQUEST);
    }
}
