package org.dangjian.kit.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.kit.failure.InfrastructureFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error leaves a service as problem details with a stable code, never as a stack trace or a
 * 200. Spring MVC's own exceptions keep their statuses (the base class maps them); this adds codes,
 * localized text, the fields at fault and the trace id. A dependency that is away (database, Redis, network:
 * {@link InfrastructureFailures}) is a 503 with Retry-After, anything else unexpected a 500.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** A database restart takes seconds; the portal and the mini-program wait this long before trying again. */
    private static final String RETRY_AFTER_SECONDS = "5";
    private final ProblemFactory problems;

    public ProblemHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException ex, HttpServletRequest request) {
        List<Map<String, String>> errors = ex.fieldProblems().stream()
                .map(f -> error(f.field(), problems.fieldMessage(f.message(), ex.args())))
                .toList();
        ProblemDetail problem = problems.create(ex.status(), ex.code(), ex.detailCode(), ex.args(),
                request.getRequestURI(), errors);
        return ResponseEntity.status(ex.status()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraint(ConstraintViolationException ex, HttpServletRequest request) {
        List<Map<String, String>> errors = ex.getConstraintViolations().stream()
                .map(v -> error(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, null, request.getRequestURI(), errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, null, request.getRequestURI(),
                List.of(error(ex.getName(), problems.fieldMessage("INVALID_VALUE", null))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) throws Exception {
        if (isSecurityException(ex)) {
            // Access denied or authentication required, thrown by a controller or method security: let
            // Spring Security's ExceptionTranslationFilter answer 401 or 403, not a 500 from here.
            throw ex;
        }
        if (InfrastructureFailures.isInfrastructure(ex)) {
            // The database, Redis or the network is away for a moment (a restart, a failover): the transaction was
            // rolled back, so nothing was done, and the same request will work once it is back. 503 says "try again";
            // a 500 would say "our fault" and page someone for a restart.
            log.warn("{} {} answered 503, a dependency is unavailable: {}", request.getMethod(), request.getRequestURI(),
                    rootCause(ex));
            // the portal shows the detail: it says nothing was saved, so the user knows to send it again
            ProblemDetail problem = problems.create(HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE,
                    "DEPENDENCY_UNAVAILABLE", null, request.getRequestURI(), null);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        log.error("unhandled error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR, null, request.getRequestURI(), null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, null, path(request), fieldErrors(ex));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e ->
                errors.add(error(r.getMethodParameter().getParameterName(), e.getDefaultMessage()))));
        return respond(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, null, path(request), errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            String field = bad.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            return respond(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, null, path(request),
                    List.of(error(field, problems.fieldMessage("INVALID_VALUE", null))));
        }
        return respond(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST, null, path(request), null);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (ex instanceof BindException bind) {
            return respond(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, null, path(request), fieldErrors(bind));
        }
        ProblemDetail problem = problems.create(statusCode, ProblemCodes.forStatus(statusCode), null, path(request), null);
        return ResponseEntity.status(statusCode).headers(headers).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private List<Map<String, String>> fieldErrors(BindException ex) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError f : ex.getBindingResult().getFieldErrors()) {
            errors.add(error(f.getField(), f.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(g -> errors.add(error(g.getObjectName(), g.getDefaultMessage())));
        return errors;
    }

    private ResponseEntity<Object> respond(HttpStatusCode status, String code, Object[] args, String path,
                                           List<Map<String, String>> errors) {
        ProblemDetail problem = problems.create(status, code, args, path, errors);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message == null ? "" : message);
    }

    /** By name: Spring Security is optional for this kit. */
    private static boolean isSecurityException(Throwable ex) {
        for (Class<?> c = ex.getClass(); c != null; c = c.getSuperclass()) {
            String name = c.getName();
            if (name.equals("org.springframework.security.access.AccessDeniedException")
                    || name.equals("org.springframework.security.core.AuthenticationException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}
