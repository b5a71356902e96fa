package org.dangjian.gateway.problem;

import org.springframework.http.HttpStatus;

/**
 * Every error the gateway answers itself: status, stable {@code code}, and title and detail in
 * Chinese (default) and English. A detail may hold one {@code {}}: the caller's argument put in
 * the language's argument format, or nothing when there is no argument.
 */
public enum ProblemType {
    TOKEN_MISSING(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
            "未认证", "请求缺少访问令牌，请先登录。",
            "Unauthorized", "The request carries no access token. Please sign in."),
    TOKEN_INVALID(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
            "未认证", "访问令牌无效，请重新登录。",
            "Unauthorized", "The access token is invalid. Please sign in again."),
    TOKEN_REVOKED(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
            "未认证", "访问令牌已失效（已退出登录或密码已修改），请重新登录。",
            "Unauthorized", "The access token has been revoked (signed out or password changed). Please sign in again."),
    TOKEN_EXPIRED(HttpStatus.UNAUTHORIZED, "TOKEN_EXPIRED",
            "访问令牌已过期", "访问令牌已过期，请刷新令牌或重新登录。",
            "Token expired", "The access token has expired. Refresh it or sign in again."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "FORBIDDEN",
            "禁止访问", "您无权访问该资源。",
            "Forbidden", "You may not access this resource."),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
            "请求无效", "请求格式不正确。",
            "Bad request", "The request is malformed."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "NOT_FOUND",
            "未找到", "没有与该路径对应的服务或资源。",
            "Not found", "No service or resource matches this path."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
            "方法不允许", "该路径不支持此请求方法。",
            "Method not allowed", "This path does not support the request method."),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
            "请求体过大", "请求体超过大小上限{}。",
            "Payload too large", "The request body exceeds the size limit{}.",
            "（%s）", " of %s"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS",
            "请求过于频繁", "请求过于频繁，请稍后再试。",
            "Too many requests", "Too many requests. Please slow down and try again shortly."),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
            "服务暂不可用", "服务{}暂时不可用，请稍后重试。",
            "Service unavailable", "The service{} is temporarily unavailable. Please try again later.",
            " %s ", " %s"),
    AUTH_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
            "服务暂不可用", "暂时无法验证访问令牌，请稍后重试。",
            "Service unavailable", "The access token cannot be verified right now. Please try again later."),
    REQUEST_REJECTED(HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
            "请求无法处理", "网关无法处理该请求。",
            "Request rejected", "The gateway cannot process this request."),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
            "服务器内部错误", "网关处理请求时出错，请稍后重试。",
            "Internal error", "The gateway failed to handle the request. Please try again later.");

    private final HttpStatus status;
    private final String code;
    private final String titleZh;
    private final String detailZh;
    private final String titleEn;
    private final String detailEn;
    private final String argumentZh;
    private final String argumentEn;

    ProblemType(HttpStatus status, String code, String titleZh, String detailZh, String titleEn, String detailEn) {
        this(status, code, titleZh, detailZh, titleEn, detailEn, "%s", "%s");
    }

    ProblemType(HttpStatus status, String code, String titleZh, String detailZh, String titleEn, String detailEn,
                String argumentZh, String argumentEn) {
        this.argumentZh = argumentZh;
        this.argumentEn = argumentEn;
        this.status = status;
        this.code = code;
        this.titleZh = titleZh;
        this.detailZh = detailZh;
        this.titleEn = titleEn;
        this.detailEn = detailEn;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    String title(Language language) {
        return language == Language.EN ? titleEn : titleZh;
    }

    String detail(Language language, Object argument) {
        String template = language == Language.EN ? detailEn : detailZh;
        String value = argument == null ? "" : argument.toString().strip();
        String filled = value.isEmpty() ? "" : String.format(language == Language.EN ? argumentEn : argumentZh, value);
        return template.replace("{}", filled);
    }

    /** The type for a status the gateway did not produce on purpose (a framework error). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> TOKEN_INVALID;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 429 -> TOO_MANY_REQUESTS;
            case 502, 503, 504 -> SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? REQUEST_REJECTED : INTERNAL_ERROR;
        };
    }
}
