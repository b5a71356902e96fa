package org.dangjian.gateway.problem;

import org.dangjian.gateway.body.PayloadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the web layer (no route, framework errors, bugs) into problem
 * details. Runs before Boot's own error handler (order -1), which therefore never answers.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter problems;

    public ProblemExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value();
        if (exchange.getResponse().isCommitted()) {
            log.warn("{} failed after the response started: {}", request, rootMessage(error));
            return Mono.error(error);
        }
        PayloadTooLargeException tooLarge = PayloadTooLargeException.findIn(error);
        if (tooLarge != null) {
            // the rest of the upload was not read: close the connection rather than leave it half-consumed
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return problems.write(exchange, ProblemType.PAYLOAD_TOO_LARGE, tooLarge.limit());
        }
        if (error instanceof AuthenticationServiceException) {
            log.warn("{}: token verification unavailable: {}", request, rootMessage(error));
            return problems.write(exchange, ProblemType.AUTH_UNAVAILABLE);
        }
        if (error instanceof ResponseStatusException statusError) {
            HttpStatusCode status = statusError.getStatusCode();
            if (status.is5xxServerError()) {
                log.warn("{} -> {}: {}", request, status.value(), rootMessage(error));
            }
            return problems.write(exchange, ProblemType.forStatus(status.value()));
        }
        log.error("{} failed", request, error);
        return problems.write(exchange, ProblemType.INTERNAL_ERROR);
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? error.toString() : error + " (cause: " + root + ")";
    }
}
