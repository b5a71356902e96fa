package org.dangjian.notify.report;

import static java.nio.charset.StandardCharsets.UTF_8;

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
    ResponseEntity<String> receive(@PathVariable String provider, @RequestBody String body,
                                   @RequestParam(required = false) String token,
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
