package org.dangjian.kit.web.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal a client should understand: an HTTP status, a stable code (its message lives in the
 * service's {@code problems*.properties}), message arguments, and optionally the fields at fault.
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;
    private final String detailCode;

    public ApiException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public ApiException(HttpStatus status, String code, List<FieldProblem> fieldProblems, Object... args) {
        this(status, code, null, fieldProblems, args);
    }

    private ApiException(HttpStatus status, String code, String detailCode, List<FieldProblem> fieldProblems,
                         Object... args) {
        super(detailCode == null ? code : code + " (" + detailCode + ")");
        this.status = status;
        this.code = code;
        this.detailCode = detailCode;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /**
     * 403 {@code FORBIDDEN}, the one code for "not allowed", with the reason as {@code detail} (the message
     * of {@code reasonCode}). Roles are declared with security-kit's annotations; this is for rules about
     * the object itself, such as "only the organisation at this step decides it".
     */
    public static ApiException forbidden(String reasonCode, Object... args) {
        return new ApiException(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, reasonCode, List.of(), args);
    }

    /** Also used for rows outside the caller's scope: we never confirm they exist. */
    public static ApiException notFound(String code, Object... args) {
        return new ApiException(HttpStatus.NOT_FOUND, code, args);
    }

    public static ApiException conflict(String code, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, code, args);
    }

    public static ApiException badRequest(String code, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, args);
    }

    /** A 400 naming one field, for rules Bean Validation cannot express. */
    public static ApiException invalidField(String field, String messageCode, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED,
                List.of(new FieldProblem(field, messageCode)), args);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    /** The message code of {@code detail}, when it is not the code's own {@code CODE.detail}. */
    public String detailCode() {
        return detailCode;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** A field and a message code (resolved through the same bundle) or a literal message. */
    public record FieldProblem(String field, String message) {
    }
}
